package dev.ordo.notifications.replica;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.platform.events.InvalidEventException;
import java.util.Set;

/** The task events that carry the whole task, and the task each carries. */
public final class TaskStates {

    public static final Set<EventType<?>> TYPES = Set.of(
            TaskEvents.TASK_CREATED,
            TaskEvents.TASK_UPDATED,
            TaskEvents.TASK_COMPLETED,
            TaskEvents.TASK_REOPENED,
            TaskEvents.TASK_CANCELLED,
            TaskEvents.TASK_MOVED,
            TaskEvents.TASK_ASSIGNED,
            TaskEvents.TASK_PRIORITY_CHANGED);

    private TaskStates() {}

    /** The task of any event of {@link #TYPES}. */
    public static TaskState of(Object data) {
        return switch (data) {
            case TaskEvents.TaskCreated e -> e.task();
            case TaskEvents.TaskUpdated e -> e.task();
            case TaskEvents.TaskCompleted e -> e.task();
            case TaskEvents.TaskReopened e -> e.task();
            case TaskEvents.TaskCancelled e -> e.task();
            case TaskEvents.TaskMoved e -> e.task();
            case TaskEvents.TaskAssigned e -> e.task();
            case TaskEvents.TaskPriorityChanged e -> e.task();
            default -> throw new InvalidEventException("not a task state event: " + data.getClass());
        };
    }
}
