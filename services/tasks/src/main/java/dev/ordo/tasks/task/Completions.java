package dev.ordo.tasks.task;

import dev.ordo.tasks.query.Due;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The completions of tasks ({@code task_completion}): one row each time a task is completed or an occurrence
 * of a recurring task is closed, with the due it was closed on, so that reopening can go back there.
 */
@Repository
class Completions {

    /** A completion; {@code closedOn} is the due the task had when it was closed (null when it had none). */
    record Completion(
            UUID id,
            UUID taskId,
            UUID projectId,
            String title,
            LocalDate occurrence,
            Instant occurrenceAt,
            boolean recurring,
            Instant completedAt,
            Due closedOn,
            int commentCount) {}

    private static final String COLUMNS = """
            c.id, c.task_id, t.project_id, c.title, c.occurrence, c.occurrence_at, c.recurring, c.completed_at,
            c.due_datetime, c.due_timezone, c.due_string, c.due_recurrence, c.due_from_completion, t.comment_count""";

    private final JdbcClient jdbc;

    Completions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes that {@code task}, as it was before (its due is the occurrence), was completed by {@code by} at {@code at}. */
    void record(Task task, UUID by, Instant at) {
        Due due = task.due();
        jdbc.sql("""
                        insert into task_completion (id, task_id, title, occurrence, occurrence_at, recurring, completed_at,
                            completed_by, due_datetime, due_timezone, due_string, due_recurrence, due_from_completion)
                        values (:id, :taskId, :title, :occurrence, :occurrenceAt, :recurring, :completedAt, :by,
                            :occurrenceAt, :timezone, :string, :recurrence, :fromCompletion)""")
                .param("id", UUID.randomUUID())
                .param("taskId", task.id())
                .param("title", task.title())
                .param("occurrence", due == null ? null : due.date())
                .param("occurrenceAt", due == null || due.datetime() == null ? null : Timestamp.from(due.datetime()))
                .param("recurring", due != null && due.recurring())
                .param("completedAt", Timestamp.from(at))
                .param("by", by)
                .param(
                        "timezone",
                        due == null || due.timezone() == null
                                ? null
                                : due.timezone().getId())
                .param("string", due == null ? null : due.string())
                .param("recurrence", due == null ? null : due.recurrence())
                .param("fromCompletion", due != null && due.fromCompletion())
                .update();
    }

    /** The task's latest completion, the one a reopen undoes. */
    Optional<Completion> latest(UUID taskId) {
        return jdbc.sql("select " + COLUMNS + """
                         from task_completion c join task t on t.id = c.task_id
                        where c.task_id = :taskId order by c.completed_at desc, c.id desc limit 1""")
                .param("taskId", taskId)
                .query(Completions::completion)
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from task_completion where id = :id").param("id", id).update();
    }

    /**
     * The completions in {@code [since, until)} of tasks in projects {@code caller} is a member of, newest first,
     * after the keyset position ({@code afterAt}, {@code afterId}) when given.
     */
    List<Completion> page(UUID caller, Instant since, Instant until, Instant afterAt, UUID afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from task_completion c join task t on t.id = c.task_id
                        where t.project_id in (select m.project_id from membership m where m.user_id = :me)
                        and c.completed_at >= :since and c.completed_at < :until
                        and (cast(:afterAt as timestamptz) is null
                            or (c.completed_at, c.id) < (cast(:afterAt as timestamptz), cast(:afterId as uuid)))
                        order by c.completed_at desc, c.id desc limit :limit""")
                .param("me", caller)
                .param("since", Timestamp.from(since))
                .param("until", Timestamp.from(until))
                .param("afterAt", afterAt == null ? null : Timestamp.from(afterAt))
                .param("afterId", afterId)
                .param("limit", limit)
                .query(Completions::completion)
                .list();
    }

    private static Completion completion(ResultSet rs, int row) throws SQLException {
        LocalDate occurrence = rs.getObject("occurrence", LocalDate.class);
        Timestamp at = rs.getTimestamp("occurrence_at");
        String zone = rs.getString("due_timezone");
        Due closedOn = occurrence == null
                ? null
                : new Due(
                        occurrence,
                        at == null ? null : at.toInstant(),
                        zone == null ? null : ZoneId.of(zone),
                        rs.getString("due_string"),
                        rs.getString("due_recurrence"),
                        rs.getBoolean("due_from_completion"));
        return new Completion(
                rs.getObject("id", UUID.class),
                rs.getObject("task_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("title"),
                occurrence,
                at == null ? null : at.toInstant(),
                rs.getBoolean("recurring"),
                rs.getTimestamp("completed_at").toInstant(),
                closedOn,
                rs.getInt("comment_count"));
    }
}
