package dev.ordo.comments.attachment;

import dev.ordo.contracts.comments.CommentEvents;
import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a comment, with the project and task of its comment (whose members may see it).
 *
 * @param storageKey   where its bytes are in the {@code BlobStore}
 * @param thumbnailKey where its thumbnail is, or null (not an image, or one that could not be read)
 */
record Attachment(
        UUID id,
        UUID commentId,
        UUID projectId,
        UUID taskId,
        String name,
        String contentType,
        long size,
        String storageKey,
        String thumbnailKey,
        UUID uploadedBy,
        Instant createdAt) {

    static String storageKeyOf(UUID id) {
        return "attachments/" + id;
    }

    static String thumbnailKeyOf(UUID id) {
        return "thumbnails/" + id;
    }

    /** Shown in the page (Content-Disposition inline) rather than only downloaded. */
    boolean isInlineImage() {
        return FileTypes.isInlineImage(contentType);
    }

    boolean hasThumbnail() {
        return thumbnailKey != null;
    }

    /** A JPEG's thumbnail is a JPEG, every other one a PNG ({@link Thumbnails}). */
    String thumbnailType() {
        return contentType.equals("image/jpeg") ? "image/jpeg" : "image/png";
    }

    /** Its uploader, and the project's owners and admins, may remove it. */
    boolean removableBy(UUID userId, boolean moderator) {
        return moderator || uploadedBy.equals(userId);
    }

    CommentEvents.AttachmentAdded added() {
        return new CommentEvents.AttachmentAdded(id, commentId, projectId, taskId, uploadedBy, name, contentType, size);
    }

    CommentEvents.AttachmentRemoved removed(UUID removedBy) {
        return new CommentEvents.AttachmentRemoved(id, commentId, projectId, taskId, name, removedBy);
    }
}
