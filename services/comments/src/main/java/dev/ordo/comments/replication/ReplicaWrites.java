package dev.ordo.comments.replication;

import dev.ordo.contracts.projects.ProjectRole;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes to the replicas of projects, memberships, tasks and users. Each applies an event only if its aggregate
 * version is above the row's and above the tombstone's (version 0, from before versions: in arrival order), so a
 * late, replayed or reordered event cannot roll anything back; a deleted project or task never returns.
 */
@Repository
class ReplicaWrites {

    private final JdbcClient jdbc;

    ReplicaWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean projectTombstoned(UUID id) {
        return tombstoned("project_tombstone", "project_id", id);
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

    void putProject(UUID id, boolean archived, long version) {
        if (projectTombstoned(id)) {
            return;
        }
        jdbc.sql("""
                        insert into project_replica (id, archived, version) values (:id, :archived, :version)
                        on conflict (id) do update set archived = excluded.archived, version = excluded.version
                        where excluded.version = 0 or project_replica.version < excluded.version""")
                .param("id", id)
                .param("archived", archived)
                .param("version", version)
                .update();
    }

    /** The project goes with its memberships and tasks (their comments are deleted by then); a tombstone stays. */
    void deleteProject(UUID id, long version) {
        jdbc.sql("""
                        insert into project_tombstone (project_id, version) values (:id, :version)
                        on conflict (project_id) do update set version = greatest(project_tombstone.version, excluded.version)""").param("id", id).param("version", version).update();
        for (String sql : new String[] {
            "delete from membership where project_id = :id",
            "delete from project_replica where id = :id",
            "delete from task_replica where project_id = :id"
        }) {
            jdbc.sql(sql).param("id", id).update();
        }
    }

    void putMember(UUID projectId, UUID userId, ProjectRole role, long version) {
        if (projectTombstoned(projectId) || removedSince(projectId, userId, version)) {
            return;
        }
        jdbc.sql("""
                        insert into membership (project_id, user_id, role, version) values (:p, :u, :role, :version)
                        on conflict (project_id, user_id) do update set role = excluded.role, version = excluded.version
                        where excluded.version = 0 or membership.version < excluded.version""")
                .param("p", projectId)
                .param("u", userId)
                .param("role", role.wire())
                .param("version", version)
                .update();
    }

    /** The member loses access at once; what they wrote stays. */
    void removeMember(UUID projectId, UUID userId, long version) {
        if (removedSince(projectId, userId, version)) {
            return;
        }
        jdbc.sql("""
                        delete from membership where project_id = :p and user_id = :u
                        and (:version = 0 or version < :version)""")
                .param("p", projectId)
                .param("u", userId)
                .param("version", version)
                .update();
        jdbc.sql("""
                        insert into membership_tombstone (project_id, user_id, version) values (:p, :u, :version)
                        on conflict (project_id, user_id) do update
                        set version = greatest(membership_tombstone.version, excluded.version)""")
                .param("p", projectId)
                .param("u", userId)
                .param("version", version)
                .update();
    }

    private boolean removedSince(UUID projectId, UUID userId, long version) {
        if (version == 0) {
            return false;
        }
        return jdbc.sql("""
                        select count(*) from membership_tombstone
                        where project_id = :p and user_id = :u and version >= :version""")
                        .param("p", projectId)
                        .param("u", userId)
                        .param("version", version)
                        .query(Long.class)
                        .single()
                > 0;
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
        if (taskTombstoned(id) || projectTombstoned(projectId)) {
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
        for (String table : new String[] {"membership", "project_replica", "user_replica", "task_replica"}) {
            jdbc.sql("delete from " + table).update();
        }
    }
}
