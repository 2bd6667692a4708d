package dev.ordo.comments.attachment;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a comment.
 *
 * @param contentType  what its bytes are (detected, not what its name or the upload said)
 * @param url          where its bytes are downloaded
 * @param thumbnailUrl where a small version of an image is, or null
 * @param image        whether it is an image shown in the page (png, jpeg, gif, webp)
 */
public record AttachmentResponse(
        UUID id,
        UUID commentId,
        String name,
        long size,
        String contentType,
        String url,
        @Nullable String thumbnailUrl,
        boolean image,
        UUID uploadedBy,
        Instant createdAt) {

    static final String BASE = "/api/v1/attachments/";

    static AttachmentResponse of(Attachment a) {
        return new AttachmentResponse(
                a.id(),
                a.commentId(),
                a.name(),
                a.size(),
                a.contentType(),
                BASE + a.id() + "/content",
                a.hasThumbnail() ? BASE + a.id() + "/thumbnail" : null,
                a.isInlineImage(),
                a.uploadedBy(),
                a.createdAt());
    }
}
