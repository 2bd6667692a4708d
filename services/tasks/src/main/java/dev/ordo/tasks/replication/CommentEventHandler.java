package dev.ordo.tasks.replication;

import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.platform.events.EventSubscriptions;
import dev.ordo.tasks.cache.MostUrgentCache;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Counts the comments of each task from the comments service's events ({@link CommentCounts}); comments on
 * a project itself (no task) are not counted. The most-urgent lists show the count, so the task's project's
 * members' cached lists go once the change commits. Runs inside the platform's consumer transaction.
 */
@Service
class CommentEventHandler {

    private final CommentCounts counts;
    private final MostUrgentCache cache;

    CommentEventHandler(CommentCounts counts, MostUrgentCache cache) {
        this.counts = counts;
        this.cache = cache;
    }

    EventSubscriptions subscriptions() {
        return new EventSubscriptions()
                .on(CommentEvents.COMMENT_CREATED, (created, e) -> {
                    CommentEvents.CommentState comment = created.comment();
                    if (comment.taskId() != null) {
                        evict(counts.created(comment.commentId(), comment.taskId()));
                    }
                })
                .on(CommentEvents.COMMENT_DELETED, (deleted, e) -> {
                    if (deleted.taskId() != null) {
                        evict(counts.deleted(deleted.commentId(), deleted.taskId()));
                    }
                });
    }

    private void evict(List<UUID> projects) {
        projects.forEach(cache::evictProjectAfterCommit);
    }
}
