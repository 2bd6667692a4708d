package dev.ordo.platform.memberships;

import dev.ordo.contracts.projects.ProjectRole;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes to the replica of projects and memberships. Each applies an event only if its aggregate version is
 * above the row's and above the tombstone's (version 0, from before versions: in arrival order), so a late,
 * replayed or reordered event cannot roll access back; a deleted project never returns, and a removed member
 * comes back only through a newer event.
 */
class MembershipReplica {

    private final JdbcClient jdbc;

    MembershipReplica(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean projectDeleted(UUID projectId) {
        return jdbc.sql("select count(*) from project_tombstone where project_id = :id")
                        .param("id", projectId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** @return whether it was applied (newer than what is held, and the project not deleted) */
    boolean putProject(UUID id, String name, boolean archived, long version) {
        if (projectDeleted(id)) {
            return false;
        }
        return jdbc.sql("""
                        insert into project_replica (id, name, archived, version)
                        values (:id, :name, :archived, :version)
                        on conflict (id) do update
                        set name = excluded.name, archived = excluded.archived, version = excluded.version
                        where excluded.version = 0 or project_replica.version < excluded.version""")
                        .param("id", id)
                        .param("name", name)
                        .param("archived", archived)
                        .param("version", version)
                        .update()
                > 0;
    }

    /** @return whether the tombstone is new (the first time this project's deletion arrives) */
    boolean tombstoneProject(UUID id, long version) {
        boolean fresh = jdbc.sql("""
                        insert into project_tombstone (project_id, version) values (:id, :version)
                        on conflict (project_id) do nothing""").param("id", id).param("version", version).update() > 0;
        if (!fresh) {
            jdbc.sql("update project_tombstone set version = greatest(version, :version) where project_id = :id")
                    .param("id", id)
                    .param("version", version)
                    .update();
        }
        return fresh;
    }

    /** Forgets the project and its memberships (its tombstone stays). */
    void forgetProject(UUID id) {
        jdbc.sql("delete from membership where project_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from project_replica where id = :id").param("id", id).update();
    }

    /** @return whether it was applied (newer than the membership and than a removal; the project not deleted) */
    boolean putMember(UUID projectId, UUID userId, ProjectRole role, long version) {
        if (projectDeleted(projectId) || removedSince(projectId, userId, version)) {
            return false;
        }
        return jdbc.sql("""
                        insert into membership (project_id, user_id, role, version) values (:p, :u, :role, :version)
                        on conflict (project_id, user_id) do update set role = excluded.role, version = excluded.version
                        where excluded.version = 0 or membership.version < excluded.version""")
                        .param("p", projectId)
                        .param("u", userId)
                        .param("role", role.wire())
                        .param("version", version)
                        .update()
                > 0;
    }

    /**
     * The member goes, if this removal is newer than what is held of them; a tombstone at its version stays, so
     * an older addition or role change arriving later cannot bring them back.
     *
     * @return whether the removal applied (it is newer than the membership and than an earlier removal)
     */
    boolean removeMember(UUID projectId, UUID userId, long version) {
        if (removedSince(projectId, userId, version)) {
            return false;
        }
        Long held = jdbc.sql("select version from membership where project_id = :p and user_id = :u")
                .param("p", projectId)
                .param("u", userId)
                .query(Long.class)
                .optional()
                .orElse(null);
        jdbc.sql("""
                        insert into membership_tombstone (project_id, user_id, version) values (:p, :u, :version)
                        on conflict (project_id, user_id) do update
                        set version = greatest(membership_tombstone.version, excluded.version)""")
                .param("p", projectId)
                .param("u", userId)
                .param("version", version)
                .update();
        if (held != null && version != 0 && held >= version) {
            return false; // they were (re-)added after this removal
        }
        jdbc.sql("delete from membership where project_id = :p and user_id = :u")
                .param("p", projectId)
                .param("u", userId)
                .update();
        return true;
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

    /** For a replay: the replica is rebuilt from the first event; the tombstones stay (facts no replay changes). */
    void reset() {
        jdbc.sql("delete from membership").update();
        jdbc.sql("delete from project_replica").update();
    }
}
