package dev.ordo.tasks.task;

import dev.ordo.platform.web.patch.NotCleared;
import dev.ordo.platform.web.patch.Patch;
import dev.ordo.tasks.query.Priority;
import dev.ordo.tasks.web.Positions;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A change of a task as a JSON Merge Patch: a member left out stays as it is, {@code null} clears
 * description, due, deadline, duration or assigneeId; title, status, priority, labels and position can be
 * changed, not cleared. Moving (project, section, parent) is {@code POST /api/v1/tasks/{id}/move}.
 */
@Schema(
        description = "Fields to change; those left out stay as they are. null clears description, due, "
                + "deadline, duration and assigneeId. projectId, sectionId and parentId change with "
                + "POST /api/v1/tasks/{id}/move.")
public record UpdateTaskRequest(
        @NotCleared @Size(max = Task.MAX_TITLE) Patch<String> title,
        Patch<String> description,
        @NotCleared Patch<TaskStatus> status,
        @NotCleared Patch<Priority> priority,
        @Valid Patch<DueRequest> due,
        Patch<LocalDate> deadline,
        @Valid Patch<DurationRequest> duration,
        Patch<UUID> assigneeId,
        @NotCleared @Size(max = Task.MAX_LABELS) Patch<List<String>> labels,
        @NotCleared @Min(0) @Max(Positions.MAX) Patch<Long> position) {}
