package dev.ordo.notifications.reminder;

import dev.ordo.contracts.notifications.ReminderEvents;
import dev.ordo.platform.outbox.Outbox;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The {@code reminder.*} events, appended to the outbox in the caller's transaction (the change's). */
@Component
class ReminderJournal {

    static final String CHANGED = "changed";
    static final String RESCHEDULED = "rescheduled";
    static final String DELETED = "deleted";
    static final String FIRED = "fired";
    static final String TASK_COMPLETED = "task-completed";
    static final String TASK_CANCELLED = "task-cancelled";
    static final String TASK_DELETED = "task-deleted";
    static final String MEMBER_REMOVED = "member-removed";

    private final Outbox outbox;

    ReminderJournal(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(Reminder r, @Nullable UUID actor) {
        outbox.append(
                ReminderEvents.REMINDER_CREATED,
                r.id().toString(),
                actor(actor),
                new ReminderEvents.ReminderCreated(r.state()));
    }

    void updated(Reminder r, String reason, @Nullable UUID actor) {
        outbox.append(
                ReminderEvents.REMINDER_UPDATED,
                r.id().toString(),
                actor(actor),
                new ReminderEvents.ReminderUpdated(r.state(), reason));
    }

    void deleted(Reminder r, String reason, @Nullable UUID actor) {
        outbox.append(
                ReminderEvents.REMINDER_DELETED,
                r.id().toString(),
                actor(actor),
                new ReminderEvents.ReminderDeleted(r.id(), r.taskId(), r.userId(), reason));
    }

    void fired(Reminder r, Instant scheduledFor, Instant firedAt) {
        outbox.append(
                ReminderEvents.REMINDER_FIRED,
                r.id().toString(),
                null,
                new ReminderEvents.ReminderFired(r.id(), r.taskId(), r.userId(), scheduledFor, firedAt));
    }

    private static @Nullable String actor(@Nullable UUID actor) {
        return actor == null ? null : actor.toString();
    }
}
