package dev.ordo.comments.access;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.memberships.ProjectMemberships;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.NotFound;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may read and write a project's comments and files, from the platform's membership replica: every member
 * reads; owners, admins and members write, a viewer gets 403; whoever is no member is told there is no such thing
 * (404). Asked on every request, so a removed member loses access as soon as the member.removed event arrives.
 */
@Component
public class ProjectAccess {

    private static final String VIEWERS_READ = "Viewers of a project can read its discussion but not write in it.";

    private final ProjectMemberships memberships;

    ProjectAccess(ProjectMemberships memberships) {
        this.memberships = memberships;
    }

    /** The user's role in the project, if a member. */
    public Optional<ProjectRole> role(UUID projectId, UUID userId) {
        return memberships.role(projectId, userId);
    }

    /** @throws NotFound with {@code notFound}'s words when the user is no member */
    public ProjectRole requireRead(UUID projectId, UUID userId, String notFound) {
        return memberships.requireRead(projectId, userId, notFound);
    }

    /** @throws NotFound when the user is no member; {@link Forbidden} when a viewer */
    public ProjectRole requireWrite(UUID projectId, UUID userId, String notFound) {
        return memberships.requireWrite(projectId, userId, notFound, VIEWERS_READ);
    }

    /** Owners and admins may delete anyone's comments and files. */
    public static boolean moderates(ProjectRole role) {
        return role == ProjectRole.OWNER || role == ProjectRole.ADMIN;
    }
}
