package dev.ordo.notifications.replica;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A task as notifications knows it (the replica's row).
 *
 * @param dueAt      the due instant when the due has a time, else null
 * @param recurrence DTSTART + RRULE lines when it recurs (TaskState.recurrence), else null
 */
public record Task(
        UUID id,
        UUID projectId,
        String title,
        String status,
        @Nullable UUID createdBy,
        @Nullable UUID assigneeId,
        @Nullable LocalDate dueDate,
        @Nullable Instant dueAt,
        @Nullable String dueTimezone,
        @Nullable String recurrence,
        long version) {

    public boolean open() {
        return !"COMPLETED".equals(status) && !"CANCELLED".equals(status);
    }
}
