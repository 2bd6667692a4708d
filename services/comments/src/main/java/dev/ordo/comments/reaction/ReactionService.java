package dev.ordo.comments.reaction;

import dev.ordo.comments.access.ProjectAccess;
import dev.ordo.comments.comment.Comment;
import dev.ordo.comments.comment.CommentResponse.ReactionResponse;
import dev.ordo.comments.comment.CommentViews;
import dev.ordo.comments.comment.Comments;
import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.NotFound;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reactions, toggled: owners, admins and members react (a viewer: 403; anyone else: 404). Adding one that is
 * there, or removing one that is not, changes nothing and tells nobody; a real change raises the comment's
 * version and publishes {@code reaction.added} or {@code reaction.removed}.
 */
@Service
public class ReactionService {

    private static final String NO_SUCH_COMMENT = "There is no such comment.";

    private final Comments comments;
    private final Reactions reactions;
    private final CommentViews views;
    private final ProjectAccess access;
    private final Outbox outbox;
    private final Clock clock;

    ReactionService(
            Comments comments,
            Reactions reactions,
            CommentViews views,
            ProjectAccess access,
            Outbox outbox,
            Clock clock) {
        this.comments = comments;
        this.reactions = reactions;
        this.views = views;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The reactions after the caller's is added. */
    @Transactional
    public List<ReactionResponse> add(UUID caller, UUID commentId, String emojiText) {
        Comment comment = writable(caller, commentId);
        Emoji emoji = Emoji.of(emojiText);
        if (reactions.add(commentId, caller, emoji, clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            comments.update(comment.touched());
            outbox.append(
                    CommentEvents.REACTION_ADDED,
                    commentId.toString(),
                    caller.toString(),
                    new CommentEvents.ReactionAdded(
                            commentId,
                            comment.projectId(),
                            comment.taskId(),
                            comment.authorId(),
                            caller,
                            emoji.text()));
        }
        return views.reactions(commentId, caller);
    }

    /** The reactions after the caller's is removed. */
    @Transactional
    public List<ReactionResponse> remove(UUID caller, UUID commentId, String emojiText) {
        Comment comment = writable(caller, commentId);
        Emoji emoji = Emoji.of(emojiText);
        if (reactions.remove(commentId, caller, emoji)) {
            comments.update(comment.touched());
            outbox.append(
                    CommentEvents.REACTION_REMOVED,
                    commentId.toString(),
                    caller.toString(),
                    new CommentEvents.ReactionRemoved(
                            commentId,
                            comment.projectId(),
                            comment.taskId(),
                            comment.authorId(),
                            caller,
                            emoji.text()));
        }
        return views.reactions(commentId, caller);
    }

    /** The comment, locked, when the caller may write in its project (a stranger learns nothing, not even a bad emoji). */
    private Comment writable(UUID caller, UUID commentId) {
        Comment comment = comments.byId(commentId, true).orElseThrow(() -> new NotFound(NO_SUCH_COMMENT));
        access.requireWrite(comment.projectId(), caller, NO_SUCH_COMMENT);
        return comment;
    }
}
