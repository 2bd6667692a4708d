package dev.ordo.tasks.task;

import dev.ordo.tasks.query.Priority;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a PATCH asks to change. A null field stays as it is; for the fields that can be cleared, an empty
 * Optional clears them.
 */
public record TaskChanges(
        String title,
        Optional<String> description,
        TaskStatus status,
        Priority priority,
        Optional<DueRequest> due,
        Optional<LocalDate> deadline,
        Optional<TaskDuration> duration,
        Optional<UUID> assigneeId,
        List<String> labels,
        Long position) {}
