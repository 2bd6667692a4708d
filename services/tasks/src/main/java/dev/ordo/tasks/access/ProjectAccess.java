package dev.ordo.tasks.access;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.NotFound;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a project, by {@link Permission}, from the membership replica: a non-member is told
 * the project does not exist (404), a member without the right gets 403. An archived project is read-only:
 * every permission but {@link Permission#VIEW} answers 409 {@code project-archived} (so a task cannot be
 * created, changed, completed, deleted, or moved into or out of it, nor its sections and rules changed).
 */
@Component
public class ProjectAccess {

    private final Memberships memberships;
    private final ProjectReplicas projects;

    ProjectAccess(Memberships memberships, ProjectReplicas projects) {
        this.memberships = memberships;
        this.projects = projects;
    }

    /** @return the caller's role; 404 if not a member, 403 if the role does not allow it */
    public ProjectRole require(UUID projectId, UUID userId, Permission permission) {
        ProjectRole role = memberships.role(projectId, userId).orElseThrow(ProjectAccess::noSuchProject);
        if (!permission.allows(role)) {
            throw new Forbidden("Your role in this project (" + role.wire() + ") does not allow this.");
        }
        if (permission != Permission.VIEW && projects.isArchived(projectId)) {
            throw new Conflict(
                    "project-archived",
                    "The project is archived, so its tasks and sections are read-only. Unarchive it to change them.");
        }
        return role;
    }

    public boolean isMember(UUID projectId, UUID userId) {
        return memberships.isMember(projectId, userId);
    }

    public static NotFound noSuchProject() {
        return new NotFound("There is no such project.");
    }
}
