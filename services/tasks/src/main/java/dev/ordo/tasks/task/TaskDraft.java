package dev.ordo.tasks.task;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A task being changed: every field, mutable, for the few lines a change takes. */
final class TaskDraft {
    final Task from;
    UUID projectId;
    UUID sectionId;
    UUID parentId;
    int depth;
    String title;
    String description;
    TaskStatus status;
    Priority priority;
    Due due;
    LocalDate deadline;
    TaskDuration duration;
    UUID assigneeId;
    List<String> labels;
    long position;
    Instant completedAt;

    TaskDraft(Task t) {
        from = t;
        projectId = t.projectId();
        sectionId = t.sectionId();
        parentId = t.parentId();
        depth = t.depth();
        title = t.title();
        description = t.description();
        status = t.status();
        priority = t.priority();
        due = t.due();
        deadline = t.deadline();
        duration = t.duration();
        assigneeId = t.assigneeId();
        labels = t.labels();
        position = t.position();
        completedAt = t.completedAt();
    }

    /** The changed task, one version on. */
    Task next(Instant now) {
        return build(now, from.version() + 1);
    }

    Task build() {
        return build(from.updatedAt(), from.version());
    }

    private Task build(Instant updatedAt, long version) {
        return new Task(
                from.id(),
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
                from.createdBy(),
                from.createdAt(),
                updatedAt,
                completedAt,
                version);
    }
}
