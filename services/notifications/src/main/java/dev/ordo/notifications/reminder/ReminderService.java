package dev.ordo.notifications.reminder;

import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.replica.Replicas;
import dev.ordo.notifications.replica.Task;
import dev.ordo.platform.memberships.ProjectMemberships;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.etag.ETags;
import dev.ordo.platform.web.patch.Patch;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders through the API: a member of a task's project (any role: viewers too) sets reminders on it for
 * themself; a reminder is its user's alone (anyone else, and anyone who is no member, is told there is no such
 * thing). Each change is stored with its {@code reminder.*} event in one transaction.
 */
@Service
public class ReminderService {

    static final String NO_SUCH_TASK = "There is no such task.";
    static final String NO_SUCH_REMINDER = "There is no such reminder.";

    private final Reminders reminders;
    private final Replicas replicas;
    private final ProjectMemberships memberships;
    private final ReminderJournal journal;
    private final Clock clock;

    ReminderService(
            Reminders reminders,
            Replicas replicas,
            ProjectMemberships memberships,
            ReminderJournal journal,
            Clock clock) {
        this.reminders = reminders;
        this.replicas = replicas;
        this.memberships = memberships;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public ReminderResponse create(UUID caller, CreateReminderRequest r) {
        Reminder.Timing timing = new Reminder.Timing(r.minutesBefore(), r.at());
        Set<Channel> channels = Reminder.channels(r.channels());
        Task task = visibleTask(r.taskId(), caller);
        if (!task.open()) {
            throw Reminder.invalid("The task is " + task.status().toLowerCase() + ": it reminds no one.", "taskId");
        }
        if (reminders.lockAndCount(task.id(), caller) >= Reminder.MAX_PER_USER_AND_TASK) {
            throw Reminder.invalid(
                    "You have " + Reminder.MAX_PER_USER_AND_TASK + " reminders on this task already.", "taskId");
        }
        Reminder reminder = Reminder.set(task.id(), task.projectId(), caller, timing, channels, task.dueAt(), now());
        reminders.insert(reminder);
        journal.created(reminder, caller);
        return ReminderResponse.of(reminder);
    }

    /** The caller's reminders on the task, the next to fire first. */
    @Transactional(readOnly = true)
    public List<ReminderResponse> list(UUID caller, UUID taskId) {
        Task task = visibleTask(taskId, caller);
        return reminders.mineOn(task.id(), caller).stream()
                .map(ReminderResponse::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public ReminderResponse get(UUID caller, UUID id) {
        return ReminderResponse.of(mine(caller, id, false));
    }

    @Transactional
    public ReminderResponse change(UUID caller, UUID id, ChangeReminderRequest r, @Nullable Long expectedVersion) {
        Reminder before = mine(caller, id, true);
        ETags.check(expectedVersion, before.version());
        Reminder.Timing timing = timing(before, r);
        Set<Channel> channels = r.channels() instanceof Patch.Value<List<String>>(List<String> wire)
                ? Reminder.channels(wire)
                : before.channels();
        Instant dueAt = replicas.task(before.taskId()).map(Task::dueAt).orElse(null);
        Reminder after = before.change(timing, channels, dueAt, now());
        if (after == null) {
            return ReminderResponse.of(before);
        }
        reminders.update(after);
        journal.updated(after, ReminderJournal.CHANGED, caller);
        return ReminderResponse.of(after);
    }

    @Transactional
    public void delete(UUID caller, UUID id, @Nullable Long expectedVersion) {
        Reminder reminder = mine(caller, id, true);
        ETags.check(expectedVersion, reminder.version());
        reminders.delete(List.of(reminder.id()));
        journal.deleted(reminder, ReminderJournal.DELETED, caller);
    }

    /** A value for one of minutesBefore and at makes the reminder of that kind; both given values: a 400. */
    private static Reminder.Timing timing(Reminder before, ChangeReminderRequest r) {
        Integer minutes = r.minutesBefore().orElse(before.minutesBefore());
        Instant at = r.at().orElse(before.at());
        if (r.minutesBefore() instanceof Patch.Value<Integer> && !r.at().isPresent()) {
            at = null;
        }
        if (r.at() instanceof Patch.Value<Instant> && !r.minutesBefore().isPresent()) {
            minutes = null;
        }
        return new Reminder.Timing(minutes, at);
    }

    /** The caller's reminder, while they may still see its task. */
    private Reminder mine(UUID caller, UUID id, boolean lock) {
        Reminder reminder = reminders.mine(id, caller, lock).orElseThrow(() -> new NotFound(NO_SUCH_REMINDER));
        memberships.requireRead(reminder.projectId(), caller, NO_SUCH_REMINDER);
        return reminder;
    }

    private Task visibleTask(UUID taskId, UUID caller) {
        Task task = replicas.task(taskId).orElseThrow(() -> new NotFound(NO_SUCH_TASK));
        memberships.requireRead(task.projectId(), caller, NO_SUCH_TASK);
        return task;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
