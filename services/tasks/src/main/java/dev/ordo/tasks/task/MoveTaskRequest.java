package dev.ordo.tasks.task;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where a task goes, with all its subtasks. */
@Schema(
        description = "The new place: projectId (default: parentId's project, else the task's own), "
                + "sectionId (null: none; under a parent: the parent's), parentId (null: top level)")
public record MoveTaskRequest(
        UUID projectId,
        @Nullable UUID sectionId,
        @Nullable UUID parentId,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> otherFields) {

    static final String FIELDS = "projectId, sectionId and parentId";
}
