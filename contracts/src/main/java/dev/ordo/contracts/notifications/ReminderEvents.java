package dev.ordo.contracts.notifications;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events the notifications service publishes about reminders, keyed by reminder id on
 * {@value Topics#NOTIFICATIONS_REMINDER}. A reminder belongs to one user and one task.
 */
public final class ReminderEvents {

    /**
     * A reminder after the change.
     *
     * @param minutesBefore for a reminder relative to the task's due time, how long before it; else null
     * @param at            for an absolute reminder, when; else null
     * @param channels      where it is told: {@code in_app}, {@code email}, {@code push}
     * @param fireAt        when it fires next, or null when it has nothing to fire at (a task without a due time)
     */
    public record ReminderState(
            UUID reminderId,
            UUID taskId,
            UUID projectId,
            UUID userId,
            Integer minutesBefore,
            Instant at,
            List<String> channels,
            Instant fireAt,
            Instant createdAt,
            long version) {}

    public record ReminderCreated(ReminderState reminder) {}

    /** @param reason {@code changed} by its user, {@code rescheduled} (the task's due moved, or it recurred) */
    public record ReminderUpdated(ReminderState reminder, String reason) {}

    /**
     * @param reason {@code deleted} by its user, {@code task-completed}, {@code task-cancelled}, {@code task-deleted}
     *     (its task, or its project, was deleted), {@code member-removed} (its user left the task's project),
     *     {@code fired} (an absolute reminder, once it fired; a relative one stays, with {@code fireAt} null until its
     *     task's due moves)
     */
    public record ReminderDeleted(UUID reminderId, UUID taskId, UUID userId, String reason) {}

    /** The reminder fired: its user was told at {@code firedAt} about the task due at {@code dueAt} (or null). */
    public record ReminderFired(UUID reminderId, UUID taskId, UUID userId, Instant scheduledFor, Instant firedAt) {}

    public static final EventType<ReminderCreated> REMINDER_CREATED = event("reminder.created", ReminderCreated.class);
    public static final EventType<ReminderUpdated> REMINDER_UPDATED = event("reminder.updated", ReminderUpdated.class);
    public static final EventType<ReminderDeleted> REMINDER_DELETED = event("reminder.deleted", ReminderDeleted.class);
    public static final EventType<ReminderFired> REMINDER_FIRED = event("reminder.fired", ReminderFired.class);

    public static final List<EventType<?>> ALL =
            List.of(REMINDER_CREATED, REMINDER_UPDATED, REMINDER_DELETED, REMINDER_FIRED);

    private ReminderEvents() {}

    private static <T> EventType<T> event(String name, Class<T> data) {
        return new EventType<>(name, 1, data, Topics.NOTIFICATIONS_REMINDER);
    }
}
