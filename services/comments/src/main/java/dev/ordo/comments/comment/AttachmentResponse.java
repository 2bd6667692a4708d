package dev.ordo.comments.comment;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a comment: its metadata and where its bytes are (through the gateway, with the same access
 * check as the comment). {@code thumbnailUrl} only for images that have a thumbnail.
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

    /** The types shown inline (and as images): what browsers render without running anything. */
    public static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private static final String BASE = "/api/v1/attachments/";

    public static AttachmentResponse of(
            UUID id,
            UUID commentId,
            String name,
            long size,
            String contentType,
            boolean hasThumbnail,
            UUID uploadedBy,
            Instant createdAt) {
        return new AttachmentResponse(
                id,
                commentId,
                name,
                size,
                contentType,
                BASE + id + "/content",
                hasThumbnail ? BASE + id + "/thumbnail" : null,
                IMAGE_TYPES.contains(contentType),
                uploadedBy,
                createdAt);
    }
}
