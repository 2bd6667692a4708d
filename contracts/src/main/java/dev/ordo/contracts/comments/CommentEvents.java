package dev.ordo.contracts.comments;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events the comments service publishes, keyed by comment id on {@value Topics#COMMENTS_COMMENT}: a comment,
 * its reactions and its attachments are one aggregate, so they arrive in order and share the comment's version.
 * Each names the task (or project) the comment is on, its author and whoever it mentions, which is what
 * notifications and search need without calling comments.
 */
public final class CommentEvents {

    /**
     * A comment after the change.
     *
     * @param projectId the project it is on, or the project of its task
     * @param taskId    the task it is on, or null for a comment on the project itself
     * @param text      Markdown; mentions are written {@code @[Display name](user:<userId>)}
     * @param mentions  the users the text mentions, each once, in order of first mention
     * @param editedAt  when the text last changed, or null if never
     */
    public record CommentState(
            UUID commentId,
            UUID projectId,
            UUID taskId,
            UUID authorId,
            String text,
            List<UUID> mentions,
            Instant createdAt,
            Instant editedAt,
            long version) {}

    public record CommentCreated(CommentState comment) {}

    /** @param newMentions the users the edit mentions for the first time (they are told; the others were already) */
    public record CommentUpdated(CommentState comment, List<UUID> newMentions) {}

    /**
     * @param deletedBy who deleted it: the author, a project admin, or null when it went with its task or project
     */
    public record CommentDeleted(UUID commentId, UUID projectId, UUID taskId, UUID authorId, UUID deletedBy) {}

    /** {@code userId} reacted to the comment of {@code authorId} with {@code emoji}. */
    public record ReactionAdded(
            UUID commentId, UUID projectId, UUID taskId, UUID authorId, UUID userId, String emoji) {}

    public record ReactionRemoved(
            UUID commentId, UUID projectId, UUID taskId, UUID authorId, UUID userId, String emoji) {}

    /** A file attached to a comment; {@code contentType} is what its content is, not what its name said. */
    public record AttachmentAdded(
            UUID attachmentId,
            UUID commentId,
            UUID projectId,
            UUID taskId,
            UUID uploadedBy,
            String name,
            String contentType,
            long size) {}

    /** @param removedBy who removed it, or null when it went with its comment */
    public record AttachmentRemoved(
            UUID attachmentId, UUID commentId, UUID projectId, UUID taskId, String name, UUID removedBy) {}

    public static final EventType<CommentCreated> COMMENT_CREATED = event("comment.created", CommentCreated.class);
    public static final EventType<CommentUpdated> COMMENT_UPDATED = event("comment.updated", CommentUpdated.class);
    public static final EventType<CommentDeleted> COMMENT_DELETED = event("comment.deleted", CommentDeleted.class);
    public static final EventType<ReactionAdded> REACTION_ADDED = event("reaction.added", ReactionAdded.class);
    public static final EventType<ReactionRemoved> REACTION_REMOVED = event("reaction.removed", ReactionRemoved.class);
    public static final EventType<AttachmentAdded> ATTACHMENT_ADDED = event("attachment.added", AttachmentAdded.class);
    public static final EventType<AttachmentRemoved> ATTACHMENT_REMOVED =
            event("attachment.removed", AttachmentRemoved.class);

    public static final List<EventType<?>> ALL = List.of(
            COMMENT_CREATED,
            COMMENT_UPDATED,
            COMMENT_DELETED,
            REACTION_ADDED,
            REACTION_REMOVED,
            ATTACHMENT_ADDED,
            ATTACHMENT_REMOVED);

    private CommentEvents() {}

    private static <T> EventType<T> event(String name, Class<T> data) {
        return new EventType<>(name, 1, data, Topics.COMMENTS_COMMENT);
    }
}
