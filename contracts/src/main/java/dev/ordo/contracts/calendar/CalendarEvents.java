package dev.ordo.contracts.calendar;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events the calendar service publishes about calendar events (meetings and the like), keyed by event id on
 * {@value Topics#CALENDAR_EVENT}. Each carries the whole event as it is after the change.
 */
public final class CalendarEvents {

    /**
     * A calendar event after the change. {@code start} and {@code end} are local date-times
     * ({@code 2026-12-01T09:00}) in {@code timezone}, or dates ({@code 2026-12-01}, {@code end} the last day)
     * when {@code allDay}.
     *
     * @param projectId   the project whose members see it, or null for a personal event (its creator's alone)
     * @param recurrence  an RFC 5545 RRULE without the {@code RRULE:} prefix ({@code FREQ=WEEKLY;COUNT=4}), or null
     * @param exceptions  the occurrences changed or cancelled one by one (their original starts)
     */
    public record EventState(
            UUID eventId,
            UUID projectId,
            String title,
            String description,
            String location,
            boolean allDay,
            String start,
            String end,
            String timezone,
            String recurrence,
            List<String> attendees,
            List<String> exceptions,
            UUID createdBy,
            Instant createdAt,
            Instant updatedAt,
            long version) {}

    public record EventCreated(EventState event) {}

    /**
     * @param scope      {@code all}, {@code this} (one occurrence, {@code occurrence}, changed or cancelled) or
     *                   {@code following} (the series ends before {@code occurrence}; a new one goes on)
     * @param occurrence the original start of the occurrence the change began at, or null for {@code all}
     */
    public record EventUpdated(EventState event, String scope, String occurrence) {}

    public record EventDeleted(UUID eventId, UUID projectId, String title, UUID createdBy) {}

    public static final EventType<EventCreated> EVENT_CREATED = event("calendar.event.created", EventCreated.class);
    public static final EventType<EventUpdated> EVENT_UPDATED = event("calendar.event.updated", EventUpdated.class);
    public static final EventType<EventDeleted> EVENT_DELETED = event("calendar.event.deleted", EventDeleted.class);

    public static final List<EventType<?>> ALL = List.of(EVENT_CREATED, EVENT_UPDATED, EVENT_DELETED);

    private CalendarEvents() {}

    private static <T> EventType<T> event(String name, Class<T> data) {
        return new EventType<>(name, 1, data, Topics.CALENDAR_EVENT);
    }
}
