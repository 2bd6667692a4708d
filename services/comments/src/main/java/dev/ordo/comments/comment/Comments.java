package dev.ordo.comments.comment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The comments and the earlier texts of edited ones. */
@Repository
public class Comments {

    private final JdbcClient jdbc;

    Comments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The comment; {@code lock}ed for a change, so concurrent changes raise the version one at a time. */
    public Optional<Comment> byId(UUID id, boolean lock) {
        return jdbc.sql("select * from comment where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(Comments::row)
                .optional();
    }

    /**
     * A page of a thread (a task's comments, or a project's own discussion), by (createdAt, id), ascending or
     * descending, after the position given (null: from the start).
     */
    List<Comment> page(Thread thread, Position after, boolean descending, int size) {
        String where = thread.taskId() != null ? "task_id = :thread" : "project_id = :thread and task_id is null";
        String keyset = after == null
                ? ""
                : descending ? " and (created_at, id) < (:at, :id)" : " and (created_at, id) > (:at, :id)";
        String order = descending ? " order by created_at desc, id desc" : " order by created_at, id";
        var spec = jdbc.sql("select * from comment where " + where + keyset + order + " limit :size")
                .param("thread", thread.taskId() != null ? thread.taskId() : thread.projectId())
                .param("size", size);
        if (after != null) {
            spec = spec.param("at", Timestamp.from(after.createdAt())).param("id", after.id());
        }
        return spec.query(Comments::row).list();
    }

    /** A task's comments, locked: they go with it. */
    List<Comment> ofTask(UUID taskId) {
        return jdbc.sql("select * from comment where task_id = :t order by created_at, id for update")
                .param("t", taskId)
                .query(Comments::row)
                .list();
    }

    /** All of a project's comments, its tasks' included, locked: they go with it. */
    List<Comment> ofProject(UUID projectId) {
        return jdbc.sql("select * from comment where project_id = :p order by created_at, id for update")
                .param("p", projectId)
                .query(Comments::row)
                .list();
    }

    void insert(Comment c) {
        jdbc.sql("""
                        insert into comment (id, project_id, task_id, author_id, text, mentions, created_at, edited_at, version)
                        values (:id, :projectId, :taskId, :authorId, :text, :mentions, :createdAt, :editedAt, :version)""")
                .param("id", c.id())
                .param("projectId", c.projectId())
                .param("taskId", c.taskId())
                .param("authorId", c.authorId())
                .param("text", c.text())
                .param("mentions", c.mentions().toArray(UUID[]::new))
                .param("createdAt", Timestamp.from(c.createdAt()))
                .param("editedAt", c.editedAt() == null ? null : Timestamp.from(c.editedAt()))
                .param("version", c.version())
                .update();
    }

    /** Writes what may change: the text, its mentions, when it was edited, the version. */
    public void update(Comment c) {
        jdbc.sql("""
                        update comment set text = :text, mentions = :mentions, edited_at = :editedAt, version = :version
                        where id = :id""")
                .param("id", c.id())
                .param("text", c.text())
                .param("mentions", c.mentions().toArray(UUID[]::new))
                .param("editedAt", c.editedAt() == null ? null : Timestamp.from(c.editedAt()))
                .param("version", c.version())
                .update();
    }

    /** Deletes the comments; their revisions, reactions and attachments go with them (the files: orphan_blob). */
    void delete(List<UUID> ids) {
        jdbc.sql("delete from comment where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .update();
    }

    /** A task's comments belong to the project the task is in now. */
    void moveTaskComments(UUID taskId, UUID projectId) {
        jdbc.sql("update comment set project_id = :p where task_id = :t and project_id <> :p")
                .param("t", taskId)
                .param("p", projectId)
                .update();
    }

    /** Keeps the text an edit replaced, as the next revision (1, 2, …). */
    void addRevision(UUID commentId, String text, Instant writtenAt) {
        jdbc.sql("""
                        insert into comment_revision (comment_id, revision, text, written_at)
                        values (:id, (select coalesce(max(revision), 0) + 1 from comment_revision where comment_id = :id),
                            :text, :writtenAt)""")
                .param("id", commentId)
                .param("text", text)
                .param("writtenAt", Timestamp.from(writtenAt))
                .update();
    }

    /** The earlier texts, newest first. */
    List<RevisionResponse> revisions(UUID commentId) {
        return jdbc.sql("""
                        select revision, text, written_at from comment_revision where comment_id = :id
                        order by revision desc""")
                .param("id", commentId)
                .query((rs, n) -> new RevisionResponse(
                        rs.getInt("revision"),
                        rs.getString("text"),
                        rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    private static Comment row(ResultSet rs, int n) throws SQLException {
        Array mentions = rs.getArray("mentions");
        Timestamp editedAt = rs.getTimestamp("edited_at");
        return new Comment(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getObject("task_id", UUID.class),
                rs.getObject("author_id", UUID.class),
                rs.getString("text"),
                mentions == null ? List.of() : Arrays.asList((UUID[]) mentions.getArray()),
                rs.getTimestamp("created_at").toInstant(),
                editedAt == null ? null : editedAt.toInstant(),
                rs.getLong("version"));
    }

    /** Where a page continues. */
    record Position(Instant createdAt, UUID id) {}
}
