package dev.ordo.notifications.replica;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the task and user replicas: what every feature knows of tasks and users. */
@Repository
public class Replicas {

    private static final String TASK_COLUMNS =
            "id, project_id, title, status, created_by, assignee_id, due_date, due_at, due_timezone, recurrence, version";

    private final JdbcClient jdbc;

    Replicas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Task> task(UUID id) {
        return jdbc.sql("select " + TASK_COLUMNS + " from task_replica where id = :id")
                .param("id", id)
                .query(Replicas::task)
                .optional();
    }

    public Optional<User> user(UUID id) {
        return jdbc.sql("select id, name, email, timezone, locale from user_replica where id = :id")
                .param("id", id)
                .query((rs, n) -> new User(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("timezone"),
                        rs.getString("locale")))
                .optional();
    }

    /** The user with this address (an invitation names its invitee by email), if known. */
    public Optional<UUID> userByEmail(String email) {
        return jdbc.sql("select id from user_replica where lower(email) = lower(:email)")
                .param("email", email)
                .query(UUID.class)
                .optional();
    }

    static Task task(ResultSet rs, int row) throws SQLException {
        Timestamp dueAt = rs.getTimestamp("due_at");
        java.sql.Date dueDate = rs.getDate("due_date");
        return new Task(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("title"),
                rs.getString("status"),
                rs.getObject("created_by", UUID.class),
                rs.getObject("assignee_id", UUID.class),
                dueDate == null ? null : dueDate.toLocalDate(),
                dueAt == null ? null : dueAt.toInstant(),
                rs.getString("due_timezone"),
                rs.getString("recurrence"),
                rs.getLong("version"));
    }
}
