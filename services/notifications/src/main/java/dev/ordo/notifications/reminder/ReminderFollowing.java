package dev.ordo.notifications.reminder;

import dev.ordo.notifications.replica.Replicas;
import dev.ordo.notifications.replica.Task;
import dev.ordo.platform.memberships.ProjectMemberships;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other services' events do to reminders, in the event consumer's transaction (after the task replica took the
 * event, so it reads the task as it is now: a late or replayed event changes nothing). Relative reminders follow
 * their task's due (a recurring task's completion moves the due to the next occurrence: they re-arm for it); a
 * completed, cancelled or deleted task takes its reminders with it, and so does a member leaving its project.
 */
@Service
public class ReminderFollowing {

    private final Reminders reminders;
    private final Replicas replicas;
    private final ProjectMemberships memberships;
    private final ReminderJournal journal;
    private final ObjectProvider<DefaultReminderMinutes> defaults;

    ReminderFollowing(
            Reminders reminders,
            Replicas replicas,
            ProjectMemberships memberships,
            ReminderJournal journal,
            ObjectProvider<DefaultReminderMinutes> defaults) {
        this.reminders = reminders;
        this.replicas = replicas;
        this.memberships = memberships;
        this.journal = journal;
        this.defaults = defaults;
    }

    /** The task changed at {@code changedAt} (the event's time): its reminders follow it as the replica has it now. */
    @Transactional
    public void taskChanged(UUID taskId, Instant changedAt) {
        Optional<Task> known = replicas.task(taskId);
        if (known.isEmpty()) {
            taskDeleted(taskId);
            return;
        }
        Task task = known.get();
        List<Reminder> all = reminders.onTask(taskId);
        if (!task.open()) {
            String reason =
                    "CANCELLED".equals(task.status()) ? ReminderJournal.TASK_CANCELLED : ReminderJournal.TASK_COMPLETED;
            remove(all, reason);
            return;
        }
        for (Reminder before : all) {
            Reminder moved = before.projectId().equals(task.projectId()) ? before : before.movedTo(task.projectId());
            Reminder followed = moved.follow(task.dueAt(), changedAt);
            if (followed != null) {
                reminders.update(followed);
                journal.updated(followed, ReminderJournal.RESCHEDULED, null);
            } else if (moved != before) {
                reminders.update(moved);
            }
        }
    }

    @Transactional
    public void taskDeleted(UUID taskId) {
        remove(reminders.onTask(taskId), ReminderJournal.TASK_DELETED);
    }

    @Transactional
    public void memberRemoved(UUID projectId, UUID userId) {
        remove(reminders.ofMemberIn(projectId, userId), ReminderJournal.MEMBER_REMOVED);
    }

    @Transactional
    public void projectDeleted(UUID projectId) {
        remove(reminders.inProject(projectId), ReminderJournal.TASK_DELETED);
    }

    /**
     * The user created the task or was assigned it at {@code changedAt}: if they want a default reminder, and the task
     * is due at a time late enough for it, they get one, once per task (not again after they deleted it).
     */
    @Transactional
    public void defaultReminder(UUID taskId, UUID userId, Instant changedAt) {
        DefaultReminderMinutes preference = defaults.getIfAvailable();
        if (preference == null) {
            return;
        }
        Task task = replicas.task(taskId).orElse(null);
        if (task == null || !task.open() || task.dueAt() == null) {
            return;
        }
        Integer minutes = preference.of(userId).orElse(null);
        if (minutes == null || minutes < 0 || minutes > Reminder.MAX_MINUTES_BEFORE) {
            return;
        }
        if (task.dueAt().minus(Duration.ofMinutes(minutes)).isBefore(changedAt)
                || memberships.role(task.projectId(), userId).isEmpty()
                || !reminders.markDefaultMade(taskId, userId)
                || reminders.lockAndCount(taskId, userId) >= Reminder.MAX_PER_USER_AND_TASK) {
            return;
        }
        Reminder reminder = Reminder.set(
                taskId,
                task.projectId(),
                userId,
                new Reminder.Timing(minutes, null),
                Reminder.DEFAULT_CHANNELS,
                task.dueAt(),
                changedAt);
        reminders.insert(reminder);
        journal.created(reminder, null);
    }

    private void remove(List<Reminder> doomed, String reason) {
        reminders.delete(doomed.stream().map(Reminder::id).toList());
        doomed.forEach(r -> journal.deleted(r, reason, null));
    }
}
