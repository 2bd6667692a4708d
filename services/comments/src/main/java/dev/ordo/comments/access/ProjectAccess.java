package dev.ordo.comments.access;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.NotFound;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read and write a project's comments and files, from the membership replica: every member reads;
 * owners, admins and members write, a viewer gets 403; whoever is no member is told there is no such thing
 * (404). Asked on every request, so a removed member loses access as soon as the member.removed event arrives.
 */
@Component
public class ProjectAccess {

    private final JdbcClient jdbc;

    ProjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's role in the project, if a member. */
    public Optional<ProjectRole> role(UUID projectId, UUID userId) {
        return jdbc.sql("select role from membership where project_id = :p and user_id = :u")
                .param("p", projectId)
                .param("u", userId)
                .query(String.class)
                .optional()
                .flatMap(ProjectRole::fromWire);
    }

    /** @throws NotFound with {@code notFound}'s words when the user is no member */
    public ProjectRole requireRead(UUID projectId, UUID userId, String notFound) {
        return role(projectId, userId).orElseThrow(() -> new NotFound(notFound));
    }

    /** @throws NotFound when the user is no member; Forbidden when a viewer */
    public ProjectRole requireWrite(UUID projectId, UUID userId, String notFound) {
        ProjectRole role = requireRead(projectId, userId, notFound);
        if (role == ProjectRole.VIEWER) {
            throw new Forbidden("Viewers of a project can read its discussion but not write in it.");
        }
        return role;
    }

    /** Owners and admins may delete anyone's comments and files. */
    public static boolean moderates(ProjectRole role) {
        return role == ProjectRole.OWNER || role == ProjectRole.ADMIN;
    }
}
