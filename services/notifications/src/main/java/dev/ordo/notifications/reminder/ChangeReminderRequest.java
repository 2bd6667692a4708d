package dev.ordo.notifications.reminder;

import dev.ordo.platform.web.patch.NotCleared;
import dev.ordo.platform.web.patch.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A change of a reminder (JSON Merge Patch). Giving one of {@code minutesBefore} and {@code at} a value switches the
 * reminder to that kind (the other is cleared unless it too is given a value, which is a 400).
 */
@Schema(description = "Fields to change; those left out stay as they are")
public record ChangeReminderRequest(
        @Schema(minimum = "0", maximum = "40320") Patch<Integer> minutesBefore,
        Patch<Instant> at,
        @NotCleared Patch<List<String>> channels) {

    public ChangeReminderRequest {
        minutesBefore = minutesBefore == null ? Patch.absent() : minutesBefore;
        at = at == null ? Patch.absent() : at;
        channels = channels == null ? Patch.absent() : channels;
    }
}
