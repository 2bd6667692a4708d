package dev.ordo.platform.memberships;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.NotFound;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one access check of a service's project things, read from the memberships replica: every member reads;
 * owners, admins and members write, a viewer gets 403; whoever is no member is told there is no such thing
 * (404), so a non-member cannot tell a project they may not see from one that does not exist. Asked on every
 * request (one indexed read), so a removed member loses access as soon as the member.removed event arrives.
 * What each role may do beyond reading and writing (moderating, …) is the service's own rule.
 */
public class ProjectMemberships {

    private final JdbcClient jdbc;

    ProjectMemberships(JdbcClient jdbc) {
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

    /**
     * @return the user's role
     * @throws NotFound with {@code notFoundMessage} when the user is no member
     */
    public ProjectRole requireRead(UUID projectId, UUID userId, String notFoundMessage) {
        return role(projectId, userId).orElseThrow(() -> new NotFound(notFoundMessage));
    }

    /**
     * @return the user's role: owner, admin or member
     * @throws NotFound with {@code notFoundMessage} when the user is no member
     * @throws Forbidden with {@code forbiddenMessage} when a viewer
     */
    public ProjectRole requireWrite(UUID projectId, UUID userId, String notFoundMessage, String forbiddenMessage) {
        ProjectRole role = requireRead(projectId, userId, notFoundMessage);
        if (role == ProjectRole.VIEWER) {
            throw new Forbidden(forbiddenMessage);
        }
        return role;
    }

    /** The projects the user is a member of, archived ones left out. */
    public List<UUID> visibleProjects(UUID userId) {
        return jdbc.sql("""
                        select m.project_id from membership m
                        left join project_replica p on p.id = m.project_id
                        where m.user_id = :u and not coalesce(p.archived, false)""").param("u", userId).query(UUID.class).list();
    }

    /** The project's members, in no particular order. */
    public List<UUID> members(UUID projectId) {
        return jdbc.sql("select user_id from membership where project_id = :p")
                .param("p", projectId)
                .query(UUID.class)
                .list();
    }

    /** The project's name, if known (what notifications call it). */
    public Optional<String> name(UUID projectId) {
        return jdbc.sql("select name from project_replica where id = :p and name is not null")
                .param("p", projectId)
                .query(String.class)
                .optional();
    }

    /** Whether the project is known and archived (an unknown project is not). */
    public boolean archived(UUID projectId) {
        return jdbc.sql("select coalesce(bool_or(archived), false) from project_replica where id = :p")
                .param("p", projectId)
                .query(Boolean.class)
                .single();
    }

    /** Whether the project was deleted (it never comes back: later events of it are ignored). */
    public boolean deleted(UUID projectId) {
        return jdbc.sql("select count(*) from project_tombstone where project_id = :p")
                        .param("p", projectId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
