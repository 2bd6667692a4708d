package dev.ordo.notifications.replica;

import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import java.sql.Timestamp;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the task and user replicas. An event applies only if its aggregate version is above the row's (version 0:
 * from before versions, applied in arrival order) and, for a task, above its tombstone's: a late, replayed or
 * reordered event cannot roll anything back, and a deleted task never returns.
 */
@Repository
class ReplicaWrites {

    private final JdbcClient jdbc;

    ReplicaWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the replica took this version */
    boolean putTask(TaskState t, long version) {
        boolean tombstoned = jdbc.sql("select count(*) from task_tombstone where task_id = :id")
                        .param("id", t.taskId())
                        .query(Long.class)
                        .single()
                > 0;
        if (tombstoned) {
            return false;
        }
        return jdbc.sql("""
                        insert into task_replica (id, project_id, title, status, created_by, assignee_id, due_date, due_at,
                            due_timezone, recurrence, version)
                        values (:id, :project, :title, :status, :createdBy, :assignee, :dueDate, :dueAt, :zone,
                            :recurrence, :version)
                        on conflict (id) do update set project_id = excluded.project_id, title = excluded.title,
                            status = excluded.status, created_by = excluded.created_by,
                            assignee_id = excluded.assignee_id, due_date = excluded.due_date, due_at = excluded.due_at,
                            due_timezone = excluded.due_timezone, recurrence = excluded.recurrence,
                            version = excluded.version
                        where excluded.version = 0 or task_replica.version < excluded.version""")
                        .param("id", t.taskId())
                        .param("project", t.projectId())
                        .param("title", t.title())
                        .param("status", t.status())
                        .param("createdBy", t.createdBy())
                        .param("assignee", t.assigneeId())
                        .param("dueDate", t.dueDate())
                        .param("dueAt", t.dueDatetime() == null ? null : Timestamp.from(t.dueDatetime()))
                        .param("zone", t.dueTimezone())
                        .param("recurrence", t.recurrence())
                        .param("version", version)
                        .update()
                > 0;
    }

    void deleteTask(UUID id, long version) {
        jdbc.sql("""
                        insert into task_tombstone (task_id, version) values (:id, :version)
                        on conflict (task_id) do update set version = greatest(task_tombstone.version, excluded.version)""").param("id", id).param("version", version).update();
        jdbc.sql("delete from task_replica where id = :id").param("id", id).update();
    }

    void putUser(UUID id, String name, String email, String timezone, String locale, long version) {
        jdbc.sql("""
                        insert into user_replica (id, name, email, timezone, locale, version)
                        values (:id, :name, :email, :zone, :locale, :version)
                        on conflict (id) do update set name = excluded.name, email = excluded.email,
                            timezone = excluded.timezone, locale = excluded.locale, version = excluded.version
                        where excluded.version = 0 or user_replica.version < excluded.version""")
                .param("id", id)
                .param("name", name == null ? "" : name)
                .param("email", email == null ? "" : email)
                .param("zone", timezone == null || timezone.isBlank() ? "UTC" : timezone)
                .param("locale", locale == null || locale.isBlank() ? "en" : locale)
                .param("version", version)
                .update();
    }

    void changeEmail(UUID id, String email, long version) {
        jdbc.sql("""
                        update user_replica set email = :email, version = :version
                        where id = :id and (:version = 0 or version < :version)""")
                .param("id", id)
                .param("email", email)
                .param("version", version)
                .update();
    }

    /** Empties the replicas for a replay; tombstones stay (facts no replay changes). */
    void reset() {
        jdbc.sql("delete from task_replica").update();
        jdbc.sql("delete from user_replica").update();
    }
}
