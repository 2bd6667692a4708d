package dev.ordo.tasks.task;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where a task goes, with all its subtasks. */
@Schema(
        description = "The new place: projectId (default: parentId's project, else the task's own), "
                + "sectionId (null: none; under a parent: the parent's), parentId (null: top level)")
public record MoveTaskRequest(
        UUID projectId, @Nullable UUID sectionId, @Nullable UUID parentId) {}
