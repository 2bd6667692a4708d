package dev.ordo.notifications.reminder;

import dev.ordo.notifications.inbox.Channel;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminders, and the marks of default reminders made. */
@Repository
class Reminders {

    static final String COLUMNS =
            "r.id, r.task_id, r.project_id, r.user_id, r.minutes_before, r.at, r.channels, r.task_due_at, r.fire_at,"
                    + " r.created_at, r.version";

    private final JdbcClient jdbc;

    Reminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's reminder; {@code lock}ed for a change. */
    Optional<Reminder> mine(UUID id, UUID userId, boolean lock) {
        return jdbc.sql("select " + COLUMNS + " from reminder r where r.id = :id and r.user_id = :u"
                        + (lock ? " for update" : ""))
                .param("id", id)
                .param("u", userId)
                .query(Reminders::row)
                .optional();
    }

    /** The user's reminders on the task, earliest first (those with nothing to fire at last). */
    List<Reminder> mineOn(UUID taskId, UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from reminder r where r.task_id = :t and r.user_id = :u"
                        + " order by r.fire_at nulls last, r.created_at, r.id")
                .param("t", taskId)
                .param("u", userId)
                .query(Reminders::row)
                .list();
    }

    /** Everyone's reminders on the task, locked: they follow it. */
    List<Reminder> onTask(UUID taskId) {
        return jdbc.sql("select " + COLUMNS + " from reminder r where r.task_id = :t order by r.id for update")
                .param("t", taskId)
                .query(Reminders::row)
                .list();
    }

    /** The user's reminders in the project, locked (they leave it). */
    List<Reminder> ofMemberIn(UUID projectId, UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from reminder r where r.project_id = :p and r.user_id = :u"
                        + " order by r.id for update")
                .param("p", projectId)
                .param("u", userId)
                .query(Reminders::row)
                .list();
    }

    /** Every reminder in the project, locked (it is gone). */
    List<Reminder> inProject(UUID projectId) {
        return jdbc.sql("select " + COLUMNS + " from reminder r where r.project_id = :p order by r.id for update")
                .param("p", projectId)
                .query(Reminders::row)
                .list();
    }

    /**
     * Takes the user's turn on the task until the transaction ends (a transaction-scoped advisory lock), so that two
     * creations at once cannot both pass the count of {@link Reminder#MAX_PER_USER_AND_TASK}.
     */
    long lockAndCount(UUID taskId, UUID userId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "reminder:" + taskId + ":" + userId)
                .query((rs, n) -> 1)
                .single();
        return jdbc.sql("select count(*) from reminder where task_id = :t and user_id = :u")
                .param("t", taskId)
                .param("u", userId)
                .query(Long.class)
                .single();
    }

    void insert(Reminder r) {
        jdbc.sql("""
                        insert into reminder (id, task_id, project_id, user_id, minutes_before, at, channels, task_due_at,
                            fire_at, created_at, version)
                        values (:id, :task, :project, :user, :minutes, :at, :channels, :dueAt, :fireAt, :createdAt,
                            :version)""")
                .param("id", r.id())
                .param("task", r.taskId())
                .param("project", r.projectId())
                .param("user", r.userId())
                .param("minutes", r.minutesBefore())
                .param("at", timestamp(r.at()))
                .param("channels", r.wireChannels().toArray(String[]::new))
                .param("dueAt", timestamp(r.taskDueAt()))
                .param("fireAt", timestamp(r.fireAt()))
                .param("createdAt", timestamp(r.createdAt()))
                .param("version", r.version())
                .update();
    }

    /** Writes what may change: its timing, channels, project, the due it is armed for, when it fires, the version. */
    void update(Reminder r) {
        jdbc.sql("""
                        update reminder set project_id = :project, minutes_before = :minutes, at = :at,
                            channels = :channels, task_due_at = :dueAt, fire_at = :fireAt, version = :version
                        where id = :id""")
                .param("id", r.id())
                .param("project", r.projectId())
                .param("minutes", r.minutesBefore())
                .param("at", timestamp(r.at()))
                .param("channels", r.wireChannels().toArray(String[]::new))
                .param("dueAt", timestamp(r.taskDueAt()))
                .param("fireAt", timestamp(r.fireAt()))
                .param("version", r.version())
                .update();
    }

    /**
     * Claims up to {@code limit} reminders due at {@code now}, earliest first, locking them for the transaction; rows
     * another transaction holds are skipped (it is firing them), so every due reminder is taken by one transaction
     * only, however many pollers run. With each: its task's title and due (null title: the task is gone) and whether
     * its user is still a member of the project.
     */
    List<Due> claimDue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                        , t.title, t.due_at as current_due_at,
                            exists (select 1 from membership m where m.project_id = r.project_id and m.user_id = r.user_id)
                            as member
                        from reminder r left join task_replica t on t.id = r.task_id
                        where r.fire_at <= :now
                        order by r.fire_at
                        limit :limit
                        for update of r skip locked""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Due(
                        row(rs, n),
                        rs.getString("title"),
                        instant(rs.getTimestamp("current_due_at")),
                        rs.getBoolean("member")))
                .list();
    }

    /** A reminder due to fire, with what its notification tells. */
    record Due(
            Reminder reminder,
            @Nullable String title,
            @Nullable Instant dueAt,
            boolean member) {}

    /** A reminder whose firing failed: tried again at {@code at}. */
    void postpone(UUID id, Instant at) {
        jdbc.sql("update reminder set fire_at = :at where id = :id")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Relative reminders that fired: nothing to fire at until their task's due moves. */
    void markFired(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update reminder set fire_at = null, version = version + 1 where id = any(:ids)")
                    .param("ids", ids.toArray(UUID[]::new))
                    .update();
        }
    }

    void delete(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from reminder where id = any(:ids)")
                    .param("ids", ids.toArray(UUID[]::new))
                    .update();
        }
    }

    /** Marks the default reminder of the user on the task as made; false if it was made before. */
    boolean markDefaultMade(UUID taskId, UUID userId) {
        return jdbc.sql("insert into default_reminder_made (task_id, user_id) values (:t, :u) on conflict do nothing")
                        .param("t", taskId)
                        .param("u", userId)
                        .update()
                > 0;
    }

    static Reminder row(ResultSet rs, int n) throws SQLException {
        Array channels = rs.getArray("channels");
        Set<Channel> parsed = Arrays.stream((String[]) channels.getArray())
                .map(c -> Channel.fromWire(c).orElseThrow())
                .collect(Collectors.toSet());
        Integer minutes = rs.getObject("minutes_before", Integer.class);
        return new Reminder(
                rs.getObject("id", UUID.class),
                rs.getObject("task_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                minutes,
                instant(rs.getTimestamp("at")),
                parsed,
                instant(rs.getTimestamp("task_due_at")),
                instant(rs.getTimestamp("fire_at")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }

    static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
