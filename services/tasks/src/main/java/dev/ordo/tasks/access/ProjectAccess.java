package dev.ordo.tasks.access;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.NotFound;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a project, by {@link Permission}, from the membership replica: a non-member is told
 * the project does not exist (404), a member without the right gets 403. An archived project is read-only:
 * every permission but {@link Permission#VIEW} answers 409 {@code project-archived} (so a task cannot be
 * created, changed, completed, deleted, or moved into or out of it, nor its sections and rules changed).
 *
 * <p>One statement per check: the caller's role and whether the project is archived are read together
 * (the replicas are shared by every replica of the service, so they are read, not cached).
 */
@Component
public class ProjectAccess {

    private final Memberships memberships;
    private final JdbcClient jdbc;

    ProjectAccess(Memberships memberships, JdbcClient jdbc) {
        this.memberships = memberships;
        this.jdbc = jdbc;
    }

    /** @return the caller's role; 404 if not a member, 403 if the role does not allow it */
    public ProjectRole require(UUID projectId, UUID userId, Permission permission) {
        Checked checked = jdbc.sql("""
                        select m.role, coalesce(p.archived, false) as archived from membership m
                        left join project_replica p on p.id = m.project_id
                        where m.project_id = :projectId and m.user_id = :userId""")
                .param("projectId", projectId)
                .param("userId", userId)
                .query((rs, row) -> new Checked(projectId, rs.getString("role"), rs.getBoolean("archived"), List.of()))
                .optional()
                .orElseThrow(ProjectAccess::noSuchProject);
        return checked.require(permission);
    }

    /**
     * The project a new task goes to ({@code projectId}, else the caller's Inbox), checked for
     * {@link Permission#WRITE}, with the project's members (whose most-urgent lists the new task makes
     * stale): all in one statement.
     *
     * @throws Conflict if no project is given and the caller's Inbox is not known here yet
     */
    public Target requireWriteTarget(UUID projectId, UUID userId) {
        Checked checked = jdbc.sql("""
                        select x.project_id, m.role, coalesce(p.archived, false) as archived,
                            array(select mm.user_id from membership mm where mm.project_id = x.project_id) as members
                        from (select coalesce(cast(:projectId as uuid),
                            (select i.id from project_replica i where i.inbox and i.owner_id = :userId)) as project_id) x
                        left join membership m on m.project_id = x.project_id and m.user_id = :userId
                        left join project_replica p on p.id = x.project_id""")
                .param("projectId", projectId)
                .param("userId", userId)
                .query(ProjectAccess::checked)
                .single();
        if (checked.projectId() == null) {
            throw new Conflict("Your Inbox is not known here yet; give a projectId, or try again in a moment.");
        }
        if (checked.role() == null) {
            throw noSuchProject();
        }
        checked.require(Permission.WRITE);
        return new Target(checked.projectId(), checked.members());
    }

    /** Where a new task goes, and who the project's members are. */
    public record Target(UUID projectId, List<UUID> members) {}

    public boolean isMember(UUID projectId, UUID userId) {
        return memberships.isMember(projectId, userId);
    }

    public static NotFound noSuchProject() {
        return new NotFound("There is no such project.");
    }

    private static Checked checked(ResultSet rs, int row) throws SQLException {
        Array members = rs.getArray("members");
        List<UUID> ids = members == null
                ? List.of()
                : Arrays.stream((Object[]) members.getArray())
                        .map(UUID.class::cast)
                        .toList();
        return new Checked(
                rs.getObject("project_id", UUID.class), rs.getString("role"), rs.getBoolean("archived"), ids);
    }

    private record Checked(UUID projectId, String role, boolean archived, List<UUID> members) {

        ProjectRole require(Permission permission) {
            ProjectRole known =
                    Optional.ofNullable(role).flatMap(ProjectRole::fromWire).orElseThrow(ProjectAccess::noSuchProject);
            if (!permission.allows(known)) {
                throw new Forbidden("Your role in this project (" + known.wire() + ") does not allow this.");
            }
            if (permission != Permission.VIEW && archived) {
                throw new Conflict(
                        "project-archived",
                        "The project is archived, so its tasks and sections are read-only. Unarchive it to change them.");
            }
            return known;
        }
    }
}
