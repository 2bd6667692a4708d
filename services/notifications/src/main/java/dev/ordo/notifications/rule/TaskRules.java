package dev.ordo.notifications.rule;

import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.notifications.inbox.NotificationRequest;
import dev.ordo.notifications.inbox.NotificationTypes;
import dev.ordo.notifications.inbox.Notifier;
import dev.ordo.notifications.inbox.Subject;
import dev.ordo.notifications.intake.EventReaction;
import dev.ordo.notifications.replica.Task;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who hears of a task's changes: its new assignee; the owner of a shared project when someone completes a task. */
@Configuration(proxyBeanMethods = false)
class TaskRules {

    static final String MEMBER_REMOVED = "member-removed";

    /** task.assigned → the new assignee (not when they assigned themself, nor an unassignment for a removal). */
    @Bean
    EventReaction assignedRule(Notifier notifier, Audience audience) {
        return Reactions.on(TaskEvents.TASK_ASSIGNED, (data, event) -> {
            TaskEvents.TaskAssigned assigned = (TaskEvents.TaskAssigned) data;
            TaskState task = assigned.task();
            UUID assignee = task.assigneeId();
            if (assignee == null
                    || MEMBER_REMOVED.equals(assigned.reason())
                    || !audience.sees(task.projectId(), assignee)) {
                return;
            }
            notifier.notify(new NotificationRequest(
                    assignee,
                    NotificationTypes.TASK_ASSIGNED,
                    Audience.actor(event),
                    subject(audience, task),
                    event.id().toString(),
                    details(task),
                    null,
                    task.projectId()));
        });
    }

    /**
     * task.completed in a project of more than one member → its owner, when someone else completed it (off by
     * default in the preferences).
     */
    @Bean
    EventReaction completedRule(Notifier notifier, Audience audience) {
        return Reactions.on(TaskEvents.TASK_COMPLETED, (data, event) -> {
            TaskState task = ((TaskEvents.TaskCompleted) data).task();
            UUID completer = Audience.actor(event);
            if (audience.memberCount(task.projectId()) < 2) {
                return;
            }
            audience.owner(task.projectId())
                    .filter(owner -> !owner.equals(completer))
                    .ifPresent(owner -> {
                        Map<String, String> details = new HashMap<>(details(task));
                        details.put("projectName", audience.projectName(task.projectId()));
                        notifier.notify(new NotificationRequest(
                                owner,
                                NotificationTypes.TASK_COMPLETED,
                                completer,
                                subject(audience, task),
                                event.id().toString(),
                                details,
                                null,
                                task.projectId()));
                    });
        });
    }

    private static Subject subject(Audience audience, TaskState task) {
        String title = audience.task(task.taskId()).map(Task::title).orElse(task.title());
        return new Subject("task", task.taskId(), title);
    }

    private static Map<String, String> details(TaskState task) {
        Map<String, String> details = new HashMap<>();
        details.put("projectId", task.projectId().toString());
        if (task.dueDatetime() != null) {
            details.put("dueAt", task.dueDatetime().toString());
        } else if (task.dueDate() != null) {
            details.put("dueDate", task.dueDate().toString());
        }
        return details;
    }
}
