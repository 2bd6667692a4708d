package dev.ordo.tasks.task;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.tasks.cache.MostUrgentCache;
import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records the tasks' events in the outbox, inside the caller's transaction, keyed by task id. Every task
 * event also makes the most-urgent lists of the project's members stale (evicted after commit).
 */
@Component
class TaskEventLog {

    static final String DELETED = "deleted";
    static final String PROJECT_DELETED = "project-deleted";
    static final String ASSIGNED = "assigned";
    static final String MEMBER_REMOVED = "member-removed";

    private final Outbox outbox;
    private final MostUrgentCache cache;

    TaskEventLog(Outbox outbox, MostUrgentCache cache) {
        this.outbox = outbox;
        this.cache = cache;
    }

    /** The project's members, read already: their most-urgent lists go stale without a statement to find them. */
    void membersKnown(UUID projectId, List<UUID> members) {
        cache.evictProjectAfterCommit(projectId, members);
    }

    void created(Task t, UUID actor) {
        append(TaskEvents.TASK_CREATED, t, actor, new TaskEvents.TaskCreated(t.state()));
    }

    void updated(Task t, List<String> changedFields, UUID actor) {
        append(TaskEvents.TASK_UPDATED, t, actor, new TaskEvents.TaskUpdated(t.state(), List.copyOf(changedFields)));
    }

    /**
     * An occurrence was completed: {@code t} as it is now (a recurring task on its next occurrence), {@code
     * occurrence} the due it was completed on.
     */
    void completed(Task t, Due occurrence, UUID actor) {
        append(
                TaskEvents.TASK_COMPLETED,
                t,
                actor,
                new TaskEvents.TaskCompleted(
                        t.state(),
                        occurrence == null ? null : occurrence.date(),
                        occurrence == null ? null : occurrence.datetime(),
                        occurrence != null && occurrence.recurring()));
    }

    void reopened(Task t, UUID actor) {
        append(
                TaskEvents.TASK_REOPENED,
                t,
                actor,
                new TaskEvents.TaskReopened(
                        t.state(), t.due() == null ? null : t.due().date()));
    }

    void cancelled(Task t, UUID actor) {
        append(TaskEvents.TASK_CANCELLED, t, actor, new TaskEvents.TaskCancelled(t.state()));
    }

    void deleted(Task t, String reason, UUID actor) {
        append(TaskEvents.TASK_DELETED, t, actor, new TaskEvents.TaskDeleted(t.id(), t.projectId(), reason));
    }

    void moved(Task before, Task after, UUID actor) {
        if (!before.projectId().equals(after.projectId())) {
            cache.evictProjectAfterCommit(before.projectId());
        }
        append(
                TaskEvents.TASK_MOVED,
                after,
                actor,
                new TaskEvents.TaskMoved(after.state(), before.projectId(), before.sectionId(), before.parentId()));
    }

    void assigned(Task t, UUID previousAssignee, String reason, UUID actor) {
        append(TaskEvents.TASK_ASSIGNED, t, actor, new TaskEvents.TaskAssigned(t.state(), previousAssignee, reason));
    }

    void priorityChanged(Task t, Priority previous, UUID ruleId, UUID actor) {
        append(
                TaskEvents.TASK_PRIORITY_CHANGED,
                t,
                actor,
                new TaskEvents.TaskPriorityChanged(t.state(), previous.name(), ruleId));
    }

    /** Tells about a status change with the event that names it. */
    void statusChanged(Task t, TaskStatus previous, UUID actor) {
        if (t.status() == TaskStatus.COMPLETED) {
            completed(t, t.due(), actor);
        } else if (t.status() == TaskStatus.CANCELLED) {
            cancelled(t, actor);
        } else if (!previous.open()) {
            reopened(t, actor);
        }
    }

    private <T> void append(EventType<T> type, Task task, UUID actor, T data) {
        outbox.append(type, task.id().toString(), actor == null ? null : actor.toString(), data);
        cache.evictProjectAfterCommit(task.projectId());
    }
}
