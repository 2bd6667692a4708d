package dev.ordo.projects.project;

import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.NotFound;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a project, by {@link Permission}: a non-member is told the project does not exist
 * (404), a member without the right gets 403. Used inside the application services' transactions.
 */
@Component
public class ProjectAccess {

    private final Projects projects;
    private final Members members;

    ProjectAccess(Projects projects, Members members) {
        this.projects = projects;
        this.members = members;
    }

    /** The project and the caller's membership, both as they are now, with the project's row locked. */
    public Granted lock(UUID projectId, UUID userId, Permission permission) {
        Project project = projects.lock(projectId).orElseThrow(ProjectAccess::noSuchProject);
        return check(project, userId, permission);
    }

    /**
     * Locks a project with no membership check, for changes made for someone who is not a member (yet),
     * or by the system: they too must take the project's lock, so its events keep their order.
     */
    public Optional<Project> lockWithoutCheck(UUID projectId) {
        return projects.lock(projectId);
    }

    /** As {@link #lock} without the lock, for reads. */
    public Granted read(UUID projectId, UUID userId, Permission permission) {
        Project project = projects.byId(projectId).orElseThrow(ProjectAccess::noSuchProject);
        return check(project, userId, permission);
    }

    private Granted check(Project project, UUID userId, Permission permission) {
        Membership membership = members.find(project.id(), userId).orElseThrow(ProjectAccess::noSuchProject);
        if (!permission.allows(membership.role())) {
            throw new Forbidden(
                    "Your role in this project (" + membership.role().wire() + ") does not allow this.");
        }
        return new Granted(project, membership);
    }

    static NotFound noSuchProject() {
        return new NotFound("There is no such project.");
    }

    /** A project and the caller's membership of it, after the permission was checked. */
    public record Granted(Project project, Membership membership) {}
}
