package dev.ordo.comments.comment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A new comment on a task or on a project's own discussion: exactly one of {@code taskId} and {@code projectId}. */
@Schema(description = "A new comment: on a task (taskId) or on a project's discussion (projectId), not both")
public record CreateCommentRequest(
        @Schema(description = "the task commented on") UUID taskId,

        @Schema(description = "the project whose discussion it joins")
        UUID projectId,

        @Schema(
                example = "Looks good, @[Bo](user:5a6b1c2d-0000-4000-8000-000000000001)",
                description = "Markdown, 1 to 15000 characters once trimmed; mentions written @[Name](user:<id>)",
                maxLength = Comment.MAX_TEXT)
        String text) {}
