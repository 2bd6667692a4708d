package dev.ordo.calendar.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An event as the API shows it. */
public record EventResponse(
        UUID id,
        String title,
        @Nullable String description,
        @Nullable String location,
        boolean allDay,
        String start,
        String end,
        String timezone,
        @Nullable String recurrence,
        @Nullable UUID projectId,
        List<String> attendees,
        List<OccurrenceChange> exceptions,
        UUID createdBy,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** One occurrence changed ({@code start}… what it is instead) or cancelled. */
    public record OccurrenceChange(
            String occurrence,
            boolean cancelled,
            @Nullable String title,
            @Nullable String description,
            @Nullable String location,
            @Nullable String start,
            @Nullable String end) {}

    public static EventResponse of(CalendarEvent e) {
        return new EventResponse(
                e.id(),
                e.title(),
                e.description(),
                e.location(),
                e.allDay(),
                Times.format(e.start()),
                Times.format(e.end()),
                e.zone().getId(),
                e.rule() == null ? null : e.rule().text(),
                e.projectId(),
                e.attendees(),
                e.changes().stream()
                        .map(c -> new OccurrenceChange(
                                Times.format(c.occurrence()),
                                c.cancelled(),
                                c.title(),
                                c.description(),
                                c.location(),
                                Times.format(c.start()),
                                Times.format(c.end())))
                        .toList(),
                e.createdBy(),
                e.version(),
                e.createdAt(),
                e.updatedAt());
    }
}
