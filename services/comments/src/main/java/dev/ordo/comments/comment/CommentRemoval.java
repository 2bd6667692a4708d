package dev.ordo.comments.comment;

import dev.ordo.comments.attachment.AttachmentResponse;
import dev.ordo.comments.attachment.CommentAttachments;
import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.platform.outbox.Outbox;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Deletes comments and tells the others, in the caller's transaction: for each comment, an
 * {@code attachment.removed} per file (removed by nobody: it went with its comment) and then
 * {@code comment.deleted}. The rows of revisions, reactions and attachments go by cascade; the attachments'
 * files are queued in {@code orphan_blob} by the table's trigger, in the same transaction.
 */
@Component
class CommentRemoval {

    private final Comments comments;
    private final CommentAttachments attachments;
    private final Outbox outbox;

    CommentRemoval(Comments comments, CommentAttachments attachments, Outbox outbox) {
        this.comments = comments;
        this.attachments = attachments;
        this.outbox = outbox;
    }

    /** @param deletedBy the author or a moderator; null when the comments go with their task or project */
    void remove(List<Comment> doomed, @Nullable UUID deletedBy) {
        if (doomed.isEmpty()) {
            return;
        }
        List<UUID> ids = doomed.stream().map(Comment::id).toList();
        Map<UUID, List<AttachmentResponse>> files = attachments.of(ids);
        comments.delete(ids);
        String actor = deletedBy == null ? null : deletedBy.toString();
        for (Comment c : doomed) {
            for (AttachmentResponse file : files.getOrDefault(c.id(), List.of())) {
                outbox.append(
                        CommentEvents.ATTACHMENT_REMOVED,
                        c.id().toString(),
                        actor,
                        new CommentEvents.AttachmentRemoved(
                                file.id(), c.id(), c.projectId(), c.taskId(), file.name(), null));
            }
            outbox.append(
                    CommentEvents.COMMENT_DELETED,
                    c.id().toString(),
                    actor,
                    new CommentEvents.CommentDeleted(c.id(), c.projectId(), c.taskId(), c.authorId(), deletedBy));
        }
    }
}
