package dev.ordo.tasks.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who is a member of which project, with which role (from member.* events). */
@Repository
public class Memberships {

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(UUID projectId, UUID userId, Role role) {
        jdbc.sql("""
                        insert into membership (project_id, user_id, role) values (:projectId, :userId, :role)
                        on conflict (project_id, user_id) do update set role = excluded.role""")
                .param("projectId", projectId).param("userId", userId).param("role", role.wire()).update();
    }

    public void remove(UUID projectId, UUID userId) {
        jdbc.sql("delete from membership where project_id = :projectId and user_id = :userId")
                .param("projectId", projectId).param("userId", userId).update();
    }

    public void removeAll(UUID projectId) {
        jdbc.sql("delete from membership where project_id = :projectId").param("projectId", projectId).update();
    }

    public Optional<Role> role(UUID projectId, UUID userId) {
        return jdbc.sql("select role from membership where project_id = :projectId and user_id = :userId")
                .param("projectId", projectId).param("userId", userId).query(String.class).optional()
                .flatMap(Role::fromWire);
    }

    public boolean isMember(UUID projectId, UUID userId) {
        return role(projectId, userId).isPresent();
    }

    public List<UUID> members(UUID projectId) {
        return jdbc.sql("select user_id from membership where project_id = :projectId")
                .param("projectId", projectId).query(UUID.class).list();
    }
}
