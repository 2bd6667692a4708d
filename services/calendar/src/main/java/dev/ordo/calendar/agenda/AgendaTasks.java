package dev.ordo.calendar.agenda;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The open tasks with a due in the projects a user is a member of (archived ones left out), from the replica. */
@Repository
public class AgendaTasks {

    private static final String MINE = """
            select t.* from task_replica t
            join membership m on m.project_id = t.project_id and m.user_id = :user
            left join project_replica p on p.id = t.project_id
            where t.status not in ('COMPLETED', 'CANCELLED') and t.due_date is not null and not coalesce(p.archived, false)""";

    private final JdbcClient jdbc;

    AgendaTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those due between the two dates (in their own zones), and every recurring one. */
    public List<TaskEntry> dueBetween(UUID user, LocalDate from, LocalDate to) {
        return jdbc.sql(MINE + " and (t.recurrence is not null or t.due_date between :from and :to) order by t.id")
                .param("user", user)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(AgendaTasks::entry)
                .list();
    }

    /** Every one of them (the feed). */
    public List<TaskEntry> all(UUID user) {
        return jdbc.sql(MINE + " order by t.id")
                .param("user", user)
                .query(AgendaTasks::entry)
                .list();
    }

    private static TaskEntry entry(ResultSet rs, int n) throws SQLException {
        Timestamp dueAt = rs.getTimestamp("due_at");
        int minutes = rs.getInt("duration_minutes");
        Integer duration = rs.wasNull() ? null : minutes;
        return new TaskEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("title"),
                rs.getDate("due_date").toLocalDate(),
                dueAt == null ? null : dueAt.toInstant(),
                rs.getString("due_timezone"),
                rs.getString("recurrence"),
                duration);
    }
}
