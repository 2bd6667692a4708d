package dev.ordo.notifications.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The notification table: made once per (source, recipient, type), read by its recipient only. */
@Repository
public class Notifications {

    private static final String COLUMNS = "id, recipient, type, actor_id, actor_name, subject_type, subject_id,"
            + " subject_title, project_id, task_id, details::text as details, read_at, archived_at, created_at";
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Notifications(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return whether it was new (none yet for its source, recipient and type) */
    boolean insert(Notification n, String sourceId, boolean inApp) {
        return jdbc.sql("""
                        insert into notification (id, recipient, type, source_id, actor_id, actor_name, subject_type,
                            subject_id, subject_title, project_id, task_id, details, in_app, created_at)
                        values (:id, :recipient, :type, :source, :actor, :actorName, :subjectType, :subjectId,
                            :subjectTitle, :project, :task, cast(:details as jsonb), :inApp, :createdAt)
                        on conflict on constraint notification_once do nothing""")
                        .param("id", n.id())
                        .param("recipient", n.recipient())
                        .param("type", n.type())
                        .param("source", sourceId)
                        .param("actor", n.actorId())
                        .param("actorName", n.actorName())
                        .param("subjectType", n.subject().type())
                        .param("subjectId", n.subject().id())
                        .param("subjectTitle", n.subject().title())
                        .param("project", n.projectId())
                        .param("task", n.taskId())
                        .param("details", json.writeValueAsString(n.details()))
                        .param("inApp", inApp)
                        .param("createdAt", Timestamp.from(n.createdAt()))
                        .update()
                > 0;
    }

    /** Any notification, whether shown in the app or not (the delivery worker reads what it sends). */
    public Optional<Notification> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = :id")
                .param("id", id)
                .query(this::row)
                .optional();
    }

    /** The recipient's in-app notification, if it is theirs. */
    Optional<Notification> inbox(UUID recipient, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = :id and recipient = :me and in_app")
                .param("id", id)
                .param("me", recipient)
                .query(this::row)
                .optional();
    }

    /** A position in the inbox: the last item of the previous page. */
    record Position(Instant createdAt, UUID id) {}

    /** Newest first, after {@code after}; {@code unread} null for read and unread alike. */
    List<Notification> page(
            UUID recipient, @Nullable Boolean unread, boolean archived, @Nullable Position after, int size) {
        StringBuilder sql =
                new StringBuilder("select " + COLUMNS + " from notification where recipient = :me and in_app");
        sql.append(archived ? " and archived_at is not null" : " and archived_at is null");
        if (unread != null) {
            sql.append(unread ? " and read_at is null" : " and read_at is not null");
        }
        if (after != null) {
            sql.append(" and (created_at, id) < (:at, :id)");
        }
        sql.append(" order by created_at desc, id desc limit :size");
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql.toString()).param("me", recipient).param("size", size);
        if (after != null) {
            statement = statement.param("at", Timestamp.from(after.createdAt())).param("id", after.id());
        }
        return statement.query(this::row).list();
    }

    long unreadCount(UUID recipient) {
        return jdbc.sql("""
                        select count(*) from notification
                        where recipient = :me and in_app and read_at is null and archived_at is null""").param("me", recipient).query(Long.class).single();
    }

    /** @return whether it is the recipient's */
    boolean markRead(UUID recipient, UUID id, Instant now) {
        return jdbc.sql("""
                        update notification set read_at = coalesce(read_at, :now)
                        where id = :id and recipient = :me and in_app""")
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("me", recipient)
                        .update()
                > 0;
    }

    boolean markUnread(UUID recipient, UUID id) {
        return jdbc.sql("update notification set read_at = null where id = :id and recipient = :me and in_app")
                        .param("id", id)
                        .param("me", recipient)
                        .update()
                > 0;
    }

    void markAllRead(UUID recipient, Instant now) {
        jdbc.sql("update notification set read_at = :now where recipient = :me and in_app and read_at is null")
                .param("now", Timestamp.from(now))
                .param("me", recipient)
                .update();
    }

    boolean archive(UUID recipient, UUID id, Instant now) {
        return jdbc.sql("""
                        update notification set archived_at = coalesce(archived_at, :now)
                        where id = :id and recipient = :me and in_app""")
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("me", recipient)
                        .update()
                > 0;
    }

    private Notification row(ResultSet rs, int n) throws SQLException {
        return new Notification(
                rs.getObject("id", UUID.class),
                rs.getObject("recipient", UUID.class),
                rs.getString("type"),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                new Subject(
                        rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("subject_title")),
                rs.getObject("project_id", UUID.class),
                rs.getObject("task_id", UUID.class),
                json.readValue(rs.getString("details"), DETAILS),
                rs.getTimestamp("read_at") != null,
                rs.getTimestamp("archived_at") != null,
                rs.getTimestamp("created_at").toInstant());
    }
}
