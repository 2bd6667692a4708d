package dev.ordo.calendar.agenda;

import dev.ordo.calendar.recurrence.TaskRecurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * An open task (PENDING or IN_PROGRESS) with a due, as the task replica holds it: {@code dueDate} in the task's zone, {@code dueAt} when
 * the due has a time, {@code recurrence} (DTSTART + RRULE) when it recurs, the due fields then holding the
 * current occurrence.
 */
public record TaskEntry(
        UUID id,
        UUID projectId,
        String title,
        LocalDate dueDate,
        Instant dueAt,
        String dueTimezone,
        String recurrence,
        Integer durationMinutes) {

    public boolean timed() {
        return dueAt != null;
    }

    public Optional<TaskRecurrence> rule() {
        return TaskRecurrence.parse(recurrence);
    }

    public ZoneId zone() {
        try {
            return dueTimezone == null ? ZoneOffset.UTC : ZoneId.of(dueTimezone);
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
