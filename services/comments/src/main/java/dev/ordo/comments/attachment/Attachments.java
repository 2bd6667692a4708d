package dev.ordo.comments.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attachments, each read with its comment's project and task (the comment table is the comments core's). */
@Repository
class Attachments {

    /** The project and task of a comment: who may see its files. */
    record CommentScope(UUID projectId, UUID taskId) {}

    private static final String SELECT = """
            select a.id, a.comment_id, c.project_id, c.task_id, a.name, a.content_type, a.size, a.storage_key,
                   a.thumbnail_key, a.uploaded_by, a.created_at
            from attachment a join comment c on c.id = a.comment_id
            """;

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Attachment> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id)
                .query(Attachments::attachment)
                .optional();
    }

    /** The files of these comments, each comment's oldest first. */
    List<Attachment> ofComments(Collection<UUID> commentIds) {
        if (commentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.comment_id = any(:ids) order by a.comment_id, a.created_at, a.id")
                .param("ids", commentIds.toArray(UUID[]::new))
                .query(Attachments::attachment)
                .list();
    }

    Optional<CommentScope> scopeOf(UUID commentId) {
        return jdbc.sql("select project_id, task_id from comment where id = :id")
                .param("id", commentId)
                .query((rs, n) -> scope(rs))
                .optional();
    }

    /**
     * A new version of the comment (its files are part of it), locking it until the transaction ends; empty
     * when it is gone.
     */
    Optional<CommentScope> touchComment(UUID commentId) {
        return jdbc.sql("update comment set version = version + 1 where id = :id returning project_id, task_id")
                .param("id", commentId)
                .query((rs, n) -> scope(rs))
                .optional();
    }

    void insert(Attachment a) {
        jdbc.sql("""
                        insert into attachment (id, comment_id, name, content_type, size, storage_key, thumbnail_key,
                            uploaded_by, created_at)
                        values (:id, :comment, :name, :type, :size, :key, :thumbnail, :by, :at)""")
                .param("id", a.id())
                .param("comment", a.commentId())
                .param("name", a.name())
                .param("type", a.contentType())
                .param("size", a.size())
                .param("key", a.storageKey())
                .param("thumbnail", a.thumbnailKey())
                .param("by", a.uploadedBy())
                .param("at", Timestamp.from(a.createdAt()))
                .update();
    }

    /** Deletes the row; its keys are queued in orphan_blob by the table's trigger. */
    boolean delete(UUID id) {
        return jdbc.sql("delete from attachment where id = :id").param("id", id).update() == 1;
    }

    private static CommentScope scope(ResultSet rs) throws SQLException {
        return new CommentScope(rs.getObject("project_id", UUID.class), rs.getObject("task_id", UUID.class));
    }

    private static Attachment attachment(ResultSet rs, int row) throws SQLException {
        return new Attachment(
                rs.getObject("id", UUID.class),
                rs.getObject("comment_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getObject("task_id", UUID.class),
                rs.getString("name"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("storage_key"),
                rs.getString("thumbnail_key"),
                rs.getObject("uploaded_by", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
