package dev.ordo.projects.project;

import dev.ordo.platform.web.ApiException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The rules of nesting: a parent must be a project the caller administers, not the Inbox, not archived,
 * not inside the project being moved, and the result at most {@link Project#MAX_DEPTH} levels deep.
 * Callers hold the tree lock ({@link Projects#lockTree()}), so the checks stay true until they commit.
 */
@Component
class Hierarchy {

    private final Projects projects;
    private final Members members;

    Hierarchy(Projects projects, Members members) {
        this.projects = projects;
        this.members = members;
    }

    /**
     * @param moving the project to put under {@code parentId}, or null for a new one
     * @param height the levels of the subtree that goes under the parent (1 for a new project)
     */
    void checkParent(UUID parentId, UUID callerId, UUID moving, int height) {
        Project parent = projects.lock(parentId).orElseThrow(Hierarchy::noSuchParent);
        Membership membership = members.find(parentId, callerId).orElseThrow(Hierarchy::noSuchParent);
        if (!membership.role().may(Permission.CREATE_SUBPROJECT)) {
            throw ApiException.forbidden("Your role in the parent project ("
                    + membership.role().wire() + ") does not allow adding sub-projects to it.");
        }
        if (parent.inbox()) {
            throw ApiException.conflict("The Inbox cannot have sub-projects.");
        }
        if (parent.archived()) {
            throw ApiException.conflict("The parent project is archived; unarchive it first.");
        }
        if (moving != null && projects.subtree(moving).contains(parentId)) {
            throw ApiException.badRequest("'parentId' would make a cycle: a project cannot be moved under itself "
                    + "or one of its own sub-projects.");
        }
        int depth = projects.depth(parentId) + height;
        if (depth > Project.MAX_DEPTH) {
            throw ApiException.badRequest("Projects nest at most " + Project.MAX_DEPTH + " levels deep; under this "
                    + "parent the project would reach level " + depth + ".");
        }
    }

    private static ApiException noSuchParent() {
        return ApiException.notFound("There is no such parent project.");
    }
}
