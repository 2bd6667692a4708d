package dev.ordo.tasks.access;

import dev.ordo.contracts.projects.ProjectRole;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is a member of which project, with which role (from member.* events; written by the replication package). */
@Repository
public class Memberships {

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProjectRole> role(UUID projectId, UUID userId) {
        return jdbc.sql("select role from membership where project_id = :projectId and user_id = :userId")
                .param("projectId", projectId)
                .param("userId", userId)
                .query(String.class)
                .optional()
                .flatMap(ProjectRole::fromWire);
    }

    public boolean isMember(UUID projectId, UUID userId) {
        return role(projectId, userId).isPresent();
    }

    public List<UUID> members(UUID projectId) {
        return jdbc.sql("select user_id from membership where project_id = :projectId")
                .param("projectId", projectId)
                .query(UUID.class)
                .list();
    }
}
