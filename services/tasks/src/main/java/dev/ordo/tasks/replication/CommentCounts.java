package dev.ordo.tasks.replication;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each task's number of comments ({@code task.comment_count}), kept from comment events through
 * {@code task_comment}: a count changes only when a comment's row is actually added or marked deleted, so
 * redelivery changes nothing and a deletion that overtakes its creation leaves a tombstone that keeps the
 * creation from counting. Neither the task's version nor its {@code updated_at} move: a comment is not a
 * change of the task.
 */
@Repository
class CommentCounts {

    private final JdbcClient jdbc;

    CommentCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the project of the task counted one up, or nothing if the comment was known already */
    List<UUID> created(UUID commentId, UUID taskId) {
        return jdbc.sql("""
                        with counted as (
                            insert into task_comment (comment_id, task_id) values (:comment, :task)
                            on conflict (comment_id) do nothing
                            returning task_id)
                        update task set comment_count = comment_count + 1
                        from counted where task.id = counted.task_id
                        returning task.project_id""")
                .param("comment", commentId)
                .param("task", taskId)
                .query(UUID.class)
                .list();
    }

    /**
     * Marks the comment deleted, counting its task one down if it was counted; a comment not seen yet is
     * left as a tombstone, so its creation (delivered late) is not counted.
     *
     * @return the project of the task counted one down, or nothing if the comment was not counted
     */
    List<UUID> deleted(UUID commentId, UUID taskId) {
        List<UUID> projects =
                jdbc.sql("""
                        with uncounted as (
                            update task_comment set deleted = true where comment_id = :comment and not deleted
                            returning task_id)
                        update task set comment_count = greatest(comment_count - 1, 0)
                        from uncounted where task.id = uncounted.task_id
                        returning task.project_id""").param("comment", commentId).query(UUID.class).list();
        jdbc.sql("""
                        insert into task_comment (comment_id, task_id, deleted) values (:comment, :task, true)
                        on conflict (comment_id) do nothing""").param("comment", commentId).param("task", taskId).update();
        return projects;
    }
}
