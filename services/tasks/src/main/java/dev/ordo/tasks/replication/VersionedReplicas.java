package dev.ordo.tasks.replication;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.tasks.access.ProjectReplica;
import dev.ordo.tasks.access.UserReplicas;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes to the replicas of projects, memberships and users that apply an event only if it is newer than what
 * is held: the event's aggregate version must be above the row's (and above a tombstone's), so a late,
 * replayed or reordered event cannot roll access back. Version 0 (events from before versions existed) is
 * applied in arrival order, as before.
 */
@Repository
class VersionedReplicas {

    private final JdbcClient jdbc;
    private final UserReplicas users;

    VersionedReplicas(JdbcClient jdbc, UserReplicas users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** @return whether the project was deleted (a deleted project never comes back: ids are not reused) */
    boolean projectDeleted(UUID projectId) {
        return jdbc.sql("select count(*) from project_tombstone where project_id = :id")
                        .param("id", projectId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** @return whether the state was applied (it is newer than the replica's and the project is not deleted) */
    boolean putProject(ProjectReplica p, long version) {
        if (projectDeleted(p.id())) {
            return false;
        }
        return jdbc.sql("""
                        insert into project_replica (id, name, parent_id, inbox, archived, owner_id, version)
                        values (:id, :name, :parentId, :inbox, :archived, :ownerId, :version)
                        on conflict (id) do update set name = excluded.name, parent_id = excluded.parent_id,
                            inbox = excluded.inbox, archived = excluded.archived, owner_id = excluded.owner_id,
                            version = excluded.version
                        where excluded.version = 0 or project_replica.version < excluded.version""")
                        .param("id", p.id())
                        .param("name", p.name())
                        .param("parentId", p.parentId())
                        .param("inbox", p.inbox())
                        .param("archived", p.archived())
                        .param("ownerId", p.ownerId())
                        .param("version", version)
                        .update()
                > 0;
    }

    /** Leaves the tombstone and forgets the project and its memberships. */
    void deleteProject(UUID projectId, long version) {
        jdbc.sql("""
                        insert into project_tombstone (project_id, version) values (:id, :version)
                        on conflict (project_id) do update set version = greatest(project_tombstone.version, excluded.version)""").param("id", projectId).param("version", version).update();
        jdbc.sql("delete from membership where project_id = :id")
                .param("id", projectId)
                .update();
        jdbc.sql("delete from project_replica where id = :id")
                .param("id", projectId)
                .update();
    }

    /** A member added or their role changed, if newer than the membership and than their removal. */
    boolean putMember(UUID projectId, UUID userId, ProjectRole role, long version) {
        if (projectDeleted(projectId) || !newerThanRemoval(projectId, userId, version)) {
            return false;
        }
        return jdbc.sql("""
                        insert into membership (project_id, user_id, role, version)
                        values (:projectId, :userId, :role, :version)
                        on conflict (project_id, user_id) do update set role = excluded.role, version = excluded.version
                        where excluded.version = 0 or membership.version < excluded.version""")
                        .param("projectId", projectId)
                        .param("userId", userId)
                        .param("role", role.wire())
                        .param("version", version)
                        .update()
                > 0;
    }

    /**
     * The member goes, leaving a tombstone at this version.
     *
     * @return whether the removal was newer than what was held (only then do its effects run)
     */
    boolean removeMember(UUID projectId, UUID userId, long version) {
        if (!newerThanRemoval(projectId, userId, version)) {
            return false;
        }
        Long held = jdbc.sql("select version from membership where project_id = :p and user_id = :u")
                .param("p", projectId)
                .param("u", userId)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (held != null && version != 0 && held >= version) {
            return false; // the member was (re-)added after this removal
        }
        jdbc.sql("delete from membership where project_id = :p and user_id = :u")
                .param("p", projectId)
                .param("u", userId)
                .update();
        jdbc.sql("""
                        insert into membership_tombstone (project_id, user_id, version) values (:p, :u, :version)
                        on conflict (project_id, user_id) do update set version = excluded.version""")
                .param("p", projectId)
                .param("u", userId)
                .param("version", version)
                .update();
        return true;
    }

    private boolean newerThanRemoval(UUID projectId, UUID userId, long version) {
        if (version == 0) {
            return true;
        }
        return jdbc.sql(
                                "select count(*) from membership_tombstone where project_id = :p and user_id = :u and version >= :v")
                        .param("p", projectId)
                        .param("u", userId)
                        .param("v", version)
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** Stores the user if newer; another (stale) user with the same email gives it up, emails being unique. */
    boolean putUser(UUID id, String email, String name, String timezone, long version) {
        Long held = jdbc.sql("select version from user_replica where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (held != null && version != 0 && held >= version) {
            return false;
        }
        String normalised = UserReplicas.normalise(email);
        jdbc.sql("delete from user_replica where email = :email and id <> :id returning id")
                .param("email", normalised)
                .param("id", id)
                .query(UUID.class)
                .list()
                .forEach(users::forget);
        users.forget(id);
        jdbc.sql("""
                        insert into user_replica (id, email, name, timezone, version)
                        values (:id, :email, :name, :timezone, :version)
                        on conflict (id) do update set email = excluded.email, name = excluded.name,
                            timezone = excluded.timezone, version = excluded.version""")
                .param("id", id)
                .param("email", normalised)
                .param("name", name == null ? "" : name)
                .param("timezone", timezone == null || timezone.isBlank() ? "UTC" : timezone)
                .param("version", version)
                .update();
        return true;
    }

    /** An email change alone: applied if newer, the rest of the user kept. */
    boolean changeEmail(UUID id, String email, long version) {
        Long held = jdbc.sql("select version from user_replica where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (held == null || (version != 0 && held >= version)) {
            return false; // unknown yet: user.registered (older) brings the user; a later event the email
        }
        String normalised = UserReplicas.normalise(email);
        jdbc.sql("delete from user_replica where email = :email and id <> :id returning id")
                .param("email", normalised)
                .param("id", id)
                .query(UUID.class)
                .list()
                .forEach(users::forget);
        users.forget(id);
        jdbc.sql("update user_replica set email = :email, version = :version where id = :id")
                .param("email", normalised)
                .param("version", version)
                .param("id", id)
                .update();
        return true;
    }

    /** For a replay: the replicas are rebuilt from the first event; the tombstones are kept (ADR 0011). */
    java.util.List<UUID> reset() {
        java.util.List<UUID> members = jdbc.sql("select distinct user_id from membership")
                .query(UUID.class)
                .list();
        jdbc.sql("delete from membership").update();
        jdbc.sql("delete from project_replica").update();
        jdbc.sql("delete from user_replica").update();
        users.forgetAll();
        return members;
    }
}
