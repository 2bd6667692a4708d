package dev.ordo.calendar.access;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.NotFound;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a project's calendar events, from the membership replica: every member sees them;
 * owners, admins and members change them, a viewer gets 403; whoever is no member is told there is no such
 * thing (404). A personal event (no project) is its creator's alone.
 */
@Component
public class ProjectAccess {

    private final JdbcClient jdbc;

    ProjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller's role in the project, if a member. */
    public Optional<ProjectRole> role(UUID projectId, UUID userId) {
        return jdbc.sql("select role from membership where project_id = :p and user_id = :u")
                .param("p", projectId)
                .param("u", userId)
                .query(String.class)
                .optional()
                .flatMap(ProjectRole::fromWire);
    }

    /** @throws NotFound with {@code notFound}'s words when the caller is no member */
    public ProjectRole requireView(UUID projectId, UUID userId, String notFound) {
        return role(projectId, userId).orElseThrow(() -> new NotFound(notFound));
    }

    /** @throws NotFound when the caller is no member; Forbidden when a viewer */
    public void requireWrite(UUID projectId, UUID userId, String notFound) {
        if (requireView(projectId, userId, notFound) == ProjectRole.VIEWER) {
            throw new Forbidden("Viewers of a project cannot change its calendar.");
        }
    }

    /** The projects the user is a member of, archived ones left out (their tasks and events leave the agenda). */
    public List<UUID> visibleProjects(UUID userId) {
        return jdbc.sql("""
                        select m.project_id from membership m
                        left join project_replica p on p.id = m.project_id
                        where m.user_id = :u and not coalesce(p.archived, false)""").param("u", userId).query(UUID.class).list();
    }
}
