package dev.ordo.tasks.task;

import dev.ordo.tasks.query.Priority;
import dev.ordo.tasks.web.Positions;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A new task. Who created it, when, and its version are not for the client to say. */
@Schema(description = "A new task; projectId defaults to my Inbox")
public record CreateTaskRequest(
        @NotBlank @Size(max = Task.MAX_TITLE) @Schema(example = "Call Bob", maxLength = Task.MAX_TITLE)
        String title,

        @Schema(description = "Markdown, at most 16 KB (UTF-8)")
        String description,

        @Schema(description = "Default: the parent's project, else my Inbox")
        UUID projectId,

        @Schema(description = "A section of the project; default: the parent's")
        UUID sectionId,

        @Schema(description = "Makes it a subtask (same project, at most 4 levels)")
        UUID parentId,

        @Schema(defaultValue = "PENDING") TaskStatus status,
        @Schema(defaultValue = "LOW") Priority priority,
        @Valid DueRequest due,
        LocalDate deadline,
        @Valid DurationRequest duration,
        @Schema(description = "A member of the project") UUID assigneeId,

        @Size(max = Task.MAX_LABELS) @Schema(description = "Label names; new ones become my labels")
        List<String> labels,

        @Min(0) @Max(Positions.MAX) @Schema(description = "Where it sits among its siblings; default: at the end")
        Long position) {

    public CreateTaskRequest {
        title = title == null ? null : title.strip();
    }
}
