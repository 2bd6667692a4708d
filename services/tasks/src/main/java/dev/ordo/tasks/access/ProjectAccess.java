package dev.ordo.tasks.access;

import dev.ordo.platform.web.ApiException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Who may do what in a project, by {@link Permission}, from the membership replica: a non-member is told
 * the project does not exist (404), a member without the right gets 403.
 */
@Component
public class ProjectAccess {

    private final Memberships memberships;

    ProjectAccess(Memberships memberships) {
        this.memberships = memberships;
    }

    /** @return the caller's role; 404 if not a member, 403 if the role does not allow it */
    public Role require(UUID projectId, UUID userId, Permission permission) {
        Role role = memberships.role(projectId, userId).orElseThrow(ProjectAccess::noSuchProject);
        if (!role.may(permission)) {
            throw ApiException.forbidden("Your role in this project (" + role.wire() + ") does not allow this.");
        }
        return role;
    }

    public boolean isMember(UUID projectId, UUID userId) {
        return memberships.isMember(projectId, userId);
    }

    public static ApiException noSuchProject() {
        return ApiException.notFound("There is no such project.");
    }
}
