package dev.ordo.tasks.task;

import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task. {@code depth} is 0 for a top-level task and at most {@link #MAX_DEPTH} for a subtask;
 * {@code version} grows with every change (the ETag). {@code labels} are names, sorted.
 */
public record Task(
        UUID id,
        UUID projectId,
        UUID sectionId,
        UUID parentId,
        int depth,
        String title,
        String description,
        TaskStatus status,
        Priority priority,
        Due due,
        LocalDate deadline,
        TaskDuration duration,
        UUID assigneeId,
        List<String> labels,
        long position,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        long version) {

    /** Four levels: a task and three levels of subtasks below it. */
    public static final int MAX_DEPTH = 3;

    public TaskEvents.TaskState state() {
        return new TaskEvents.TaskState(
                id,
                projectId,
                sectionId,
                parentId,
                title,
                status.name(),
                priority.name(),
                due == null ? null : due.date(),
                due == null ? null : due.datetime(),
                due == null || due.timezone() == null ? null : due.timezone().getId(),
                deadline,
                assigneeId,
                labels,
                createdBy,
                createdAt,
                completedAt,
                version);
    }

    Task withLabels(List<String> labels) {
        return new Task(
                id,
                projectId,
                sectionId,
                parentId,
                depth,
                title,
                description,
                status,
                priority,
                due,
                deadline,
                duration,
                assigneeId,
                List.copyOf(labels),
                position,
                createdBy,
                createdAt,
                updatedAt,
                completedAt,
                version);
    }

    /** The same task in another place (project, section, parent, depth, position), one version on. */
    Task placed(UUID projectId, UUID sectionId, UUID parentId, int depth, long position, UUID assigneeId, Instant now) {
        return new Task(
                id,
                projectId,
                sectionId,
                parentId,
                depth,
                title,
                description,
                status,
                priority,
                due,
                deadline,
                duration,
                assigneeId,
                labels,
                position,
                createdBy,
                createdAt,
                now,
                completedAt,
                version + 1);
    }

    /** The same task at another depth (its subtree moved); depth is not part of the published state. */
    Task atDepth(int depth) {
        return new Task(
                id,
                projectId,
                sectionId,
                parentId,
                depth,
                title,
                description,
                status,
                priority,
                due,
                deadline,
                duration,
                assigneeId,
                labels,
                position,
                createdBy,
                createdAt,
                updatedAt,
                completedAt,
                version);
    }

    Task withPriority(Priority priority, Instant now) {
        return new Task(
                id,
                projectId,
                sectionId,
                parentId,
                depth,
                title,
                description,
                status,
                priority,
                due,
                deadline,
                duration,
                assigneeId,
                labels,
                position,
                createdBy,
                createdAt,
                now,
                completedAt,
                version + 1);
    }

    Task withAssignee(UUID assigneeId, Instant now) {
        return new Task(
                id,
                projectId,
                sectionId,
                parentId,
                depth,
                title,
                description,
                status,
                priority,
                due,
                deadline,
                duration,
                assigneeId,
                labels,
                position,
                createdBy,
                createdAt,
                now,
                completedAt,
                version + 1);
    }

    Task relabelled(List<String> labels, Instant now) {
        return new Task(
                id,
                projectId,
                sectionId,
                parentId,
                depth,
                title,
                description,
                status,
                priority,
                due,
                deadline,
                duration,
                assigneeId,
                List.copyOf(labels),
                position,
                createdBy,
                createdAt,
                now,
                completedAt,
                version + 1);
    }
}
