package dev.ordo.notifications.reminder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reminder as the API shows it.
 *
 * @param minutesBefore how long before the task's due time it fires (relative), else null
 * @param at            when it fires (absolute), else null
 * @param channels      {@code in_app}, {@code email}, {@code push}
 * @param fireAt        when it fires next; null when it has nothing to fire at (no due time, or it fired for the
 *                      current due: it fires again when the due moves)
 */
public record ReminderResponse(
        UUID id,
        UUID taskId,
        @Nullable Integer minutesBefore,
        @Nullable Instant at,
        List<String> channels,
        @Nullable Instant fireAt,
        Instant createdAt,
        long version) {

    static ReminderResponse of(Reminder r) {
        return new ReminderResponse(
                r.id(),
                r.taskId(),
                r.minutesBefore(),
                r.at(),
                r.wireChannels(),
                r.fireAt(),
                r.createdAt(),
                r.version());
    }
}
