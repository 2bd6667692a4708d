package dev.ordo.tasks.task;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.ordo.tasks.query.Priority;
import dev.ordo.tasks.web.Positions;
import dev.ordo.tasks.web.UnknownFields;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A new task. Who created it, when, and its version are not for the client to say. */
@Schema(description = "A new task; projectId defaults to my Inbox")
public record CreateTaskRequest(
        @NotBlank @Size(max = TaskTexts.MAX_TITLE) @Schema(example = "Call Bob", maxLength = TaskTexts.MAX_TITLE)
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

        @Size(max = TaskTexts.MAX_LABELS) @Schema(description = "Label names; new ones become my labels")
        List<String> labels,

        @Min(0) @Max(Positions.MAX) @Schema(description = "Where it sits among its siblings; default: at the end")
        Long position,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> otherFields) {

    static final String FIELDS = "title, description, projectId, sectionId, parentId, status, priority, due, "
            + "deadline, duration, assigneeId, labels and position";

    public CreateTaskRequest {
        title = title == null ? null : title.strip();
    }

    void refuseUnknownFields() {
        UnknownFields.refuse(otherFields, FIELDS);
        if (due != null) {
            UnknownFields.refuse(due.otherFields(), "due: " + DueRequest.FIELDS);
        }
        if (duration != null) {
            UnknownFields.refuse(duration.otherFields(), "duration: " + DurationRequest.FIELDS);
        }
    }
}
