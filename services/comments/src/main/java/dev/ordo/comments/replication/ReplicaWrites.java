package dev.ordo.comments.replication;

import dev.ordo.platform.memberships.ProjectMemberships;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes to the replicas of tasks and users (projects and memberships are the platform's: platform/memberships). Each applies an event only if its aggregate
 * version is above the row's and above the tombstone's (version 0, from before versions: in arrival order), so a
 * late, replayed or reordered event cannot roll anything back; a deleted project or task never returns.
 */
@Repository
class ReplicaWrites {

    private final JdbcClient jdbc;
    private final ProjectMemberships memberships;

    ReplicaWrites(JdbcClient jdbc, ProjectMemberships memberships) {
        this.jdbc = jdbc;
        this.memberships = memberships;
    }

    boolean taskTombstoned(UUID id) {
        return tombstoned("task_tombstone", "task_id", id);
    }

    private boolean tombstoned(String table, String column, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A deleted project's tasks leave the replica with it (their comments are deleted by then). */
    void deleteProjectTasks(UUID projectId) {
        jdbc.sql("delete from task_replica where project_id = :id")
                .param("id", projectId)
                .update();
    }

    void putUser(UUID id, String name, String email, long version) {
        jdbc.sql("""
                        insert into user_replica (id, name, email, version) values (:id, :name, :email, :version)
                        on conflict (id) do update set name = excluded.name, email = excluded.email,
                            version = excluded.version
                        where excluded.version = 0 or user_replica.version < excluded.version""")
                .param("id", id)
                .param("name", name == null ? "" : name)
                .param("email", email == null ? "" : email)
                .param("version", version)
                .update();
    }

    /**
     * @return whether the replica took this version (a task of a deleted project, or an older version, changes
     *     nothing)
     */
    boolean putTask(UUID id, UUID projectId, String title, long version) {
        if (taskTombstoned(id) || memberships.deleted(projectId)) {
            return false;
        }
        return jdbc.sql("""
                        insert into task_replica (id, project_id, title, version) values (:id, :projectId, :title, :version)
                        on conflict (id) do update set project_id = excluded.project_id, title = excluded.title,
                            version = excluded.version
                        where excluded.version = 0 or task_replica.version < excluded.version""")
                        .param("id", id)
                        .param("projectId", projectId)
                        .param("title", title)
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

    /** Empties the replicas for a replay; tombstones stay (facts no replay changes), and so do the comments. */
    void reset() {
        for (String table : new String[] {"user_replica", "task_replica"}) {
            jdbc.sql("delete from " + table).update();
        }
    }
}
