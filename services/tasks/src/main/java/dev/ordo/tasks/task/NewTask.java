package dev.ordo.tasks.task;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A task to create, its due resolved; nulls take the defaults. */
public record NewTask(
        String title,
        String description,
        UUID projectId,
        UUID sectionId,
        UUID parentId,
        TaskStatus status,
        Priority priority,
        Due due,
        LocalDate deadline,
        TaskDuration duration,
        UUID assigneeId,
        List<String> labels,
        Long position) {

    public NewTask {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
