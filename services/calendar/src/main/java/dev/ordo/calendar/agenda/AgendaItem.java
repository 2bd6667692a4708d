package dev.ordo.calendar.agenda;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One occurrence in the agenda: a task's or an event's. All-day items have {@code date} (and events {@code end},
 * their last day); timed ones {@code start} and {@code end}, local date-times in the caller's zone (a task's end
 * only when it has a duration). {@code occurrence} names a recurring item's occurrence: an event's original start
 * (as {@code PATCH /api/v1/events/{id}?occurrence=} takes it), a task's due date.
 */
public record AgendaItem(
        String type,
        UUID id,
        String title,
        @Nullable String date,
        @Nullable String start,
        @Nullable String end,
        boolean allDay,
        @Nullable String occurrence,
        @Nullable UUID projectId,
        boolean recurring) {}
