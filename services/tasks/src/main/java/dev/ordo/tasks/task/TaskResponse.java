package dev.ordo.tasks.task;

import dev.ordo.tasks.query.Priority;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task as clients see it; {@code version} is also its ETag. */
public record TaskResponse(
        UUID id,
        UUID projectId,
        @Nullable UUID sectionId,
        @Nullable UUID parentId,
        String title,
        @Nullable String description,
        TaskStatus status,
        Priority priority,
        @Nullable DueResponse due,
        @Nullable LocalDate deadline,
        @Nullable DurationResponse duration,
        @Nullable UUID assigneeId,
        List<String> labels,
        long position,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant completedAt,
        long version,

        @Schema(description = "How many of its direct subtasks are open")
        int openSubtasks) {

    /** {@code datetime} and {@code timezone} only for a due with a time. */
    public record DueResponse(
            LocalDate date,
            @Nullable Instant datetime,
            @Nullable String timezone) {}

    public record DurationResponse(int amount, String unit) {}

    public static TaskResponse of(TaskView view) {
        Task t = view.task();
        return new TaskResponse(
                t.id(),
                t.projectId(),
                t.sectionId(),
                t.parentId(),
                t.title(),
                t.description(),
                t.status(),
                t.priority(),
                t.due() == null
                        ? null
                        : new DueResponse(
                                t.due().date(),
                                t.due().datetime(),
                                t.due().timezone() == null
                                        ? null
                                        : t.due().timezone().getId()),
                t.deadline(),
                t.duration() == null
                        ? null
                        : new DurationResponse(
                                t.duration().amount(), t.duration().unit()),
                t.assigneeId(),
                t.labels(),
                t.position(),
                t.createdBy(),
                t.createdAt(),
                t.updatedAt(),
                t.completedAt(),
                t.version(),
                view.openSubtasks());
    }
}
