package dev.ordo.calendar.replication;

import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes to the replicas of users and tasks (projects and memberships are the platform's memberships replica,
 * ADR 0030). Each applies an event only if its aggregate version is above the row's and above the tombstone's
 * (version 0, from before versions: in arrival order), so a late, replayed or reordered event cannot roll anything
 * back; a deleted task never returns.
 */
@Repository
class ReplicaWrites {

    private final JdbcClient jdbc;

    ReplicaWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private boolean tombstoned(String table, String column, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A deleted project's tasks go with it (the platform's memberships replica forgets the project itself). */
    void deleteTasksOf(UUID projectId) {
        jdbc.sql("delete from task_replica where project_id = :id")
                .param("id", projectId)
                .update();
    }

    void putUser(UUID id, String timezone, long version) {
        jdbc.sql("""
                        insert into user_replica (id, timezone, version) values (:id, :tz, :version)
                        on conflict (id) do update set timezone = excluded.timezone, version = excluded.version
                        where excluded.version = 0 or user_replica.version < excluded.version""")
                .param("id", id)
                .param("tz", timezone == null ? "UTC" : timezone)
                .param("version", version)
                .update();
    }

    void putTask(TaskState t, long version) {
        if (tombstoned("task_tombstone", "task_id", t.taskId())) {
            return;
        }
        jdbc.sql("""
                        insert into task_replica (id, project_id, title, status, due_date, due_at, due_timezone,
                            recurrence, duration_minutes, version)
                        values (:id, :projectId, :title, :status, :dueDate, :dueAt, :dueTimezone, :recurrence,
                            :duration, :version)
                        on conflict (id) do update set project_id = excluded.project_id, title = excluded.title,
                            status = excluded.status, due_date = excluded.due_date, due_at = excluded.due_at,
                            due_timezone = excluded.due_timezone, recurrence = excluded.recurrence,
                            duration_minutes = excluded.duration_minutes, version = excluded.version
                        where excluded.version = 0 or task_replica.version < excluded.version""")
                .param("id", t.taskId())
                .param("projectId", t.projectId())
                .param("title", t.title())
                .param("status", t.status())
                .param("dueDate", t.dueDate())
                .param("dueAt", t.dueDatetime() == null ? null : java.sql.Timestamp.from(t.dueDatetime()))
                .param("dueTimezone", t.dueTimezone())
                .param("recurrence", t.recurrence())
                .param("duration", t.durationMinutes())
                .param("version", version)
                .update();
    }

    void deleteTask(UUID id, long version) {
        jdbc.sql("""
                        insert into task_tombstone (task_id, version) values (:id, :version)
                        on conflict (task_id) do update set version = greatest(task_tombstone.version, excluded.version)""").param("id", id).param("version", version).update();
        jdbc.sql("delete from task_replica where id = :id").param("id", id).update();
    }

    /** Empties the replicas for a replay; tombstones stay (facts no replay changes). */
    void reset() {
        for (String table : new String[] {"user_replica", "task_replica"}) {
            jdbc.sql("delete from " + table).update();
        }
    }
}
