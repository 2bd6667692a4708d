package dev.ordo.comments.comment;

import dev.ordo.platform.web.patch.NotCleared;
import dev.ordo.platform.web.patch.Patch;
import io.swagger.v3.oas.annotations.media.Schema;

/** A change of a comment (JSON Merge Patch): only its text changes, and it cannot be cleared. */
@Schema(description = "Fields to change; those left out stay as they are")
public record UpdateCommentRequest(
        @NotCleared @Schema(maxLength = Comment.MAX_TEXT) Patch<String> text) {

    public UpdateCommentRequest {
        text = text == null ? Patch.absent() : text;
    }
}
