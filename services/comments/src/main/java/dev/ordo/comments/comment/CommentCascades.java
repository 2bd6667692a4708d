package dev.ordo.comments.comment;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other services' events do to comments; runs in the event consumer's transaction, so the effect, its
 * events and the mark that the event was handled commit together.
 */
@Service
public class CommentCascades {

    private final Comments comments;
    private final CommentRemoval removal;

    CommentCascades(Comments comments, CommentRemoval removal) {
        this.comments = comments;
        this.removal = removal;
    }

    /** The task is gone: so are its comments, each with comment.deleted (deleted by nobody). */
    @Transactional
    public void taskDeleted(UUID taskId) {
        removal.remove(comments.ofTask(taskId), null);
    }

    /** The project is gone: so are all its comments, its tasks' included. */
    @Transactional
    public void projectDeleted(UUID projectId) {
        removal.remove(comments.ofProject(projectId), null);
    }

    /** The task is (now) in this project: its comments are too, and its members see them. */
    @Transactional
    public void taskIn(UUID taskId, UUID projectId) {
        comments.moveTaskComments(taskId, projectId);
    }
}
