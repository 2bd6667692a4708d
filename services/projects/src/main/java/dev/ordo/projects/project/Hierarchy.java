package dev.ordo.projects.project;

import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The rules of nesting that need more than the project itself: a parent must be a project the caller
 * administers, one that can hold sub-projects ({@link Project#ensureCanHoldSubProjects()}), not inside the
 * project being moved, and the result at most {@link Project#MAX_DEPTH} levels deep.
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
        if (!Permission.CREATE_SUBPROJECT.allows(membership.role())) {
            throw new Forbidden("Your role in the parent project ("
                    + membership.role().wire() + ") does not allow adding sub-projects to it.");
        }
        parent.ensureCanHoldSubProjects();
        if (moving != null && projects.subtree(moving).contains(parentId)) {
            throw new InvalidInput("'parentId' would make a cycle: a project cannot be moved under itself "
                    + "or one of its own sub-projects.");
        }
        int depth = projects.depth(parentId) + height;
        if (depth > Project.MAX_DEPTH) {
            throw new InvalidInput("Projects nest at most " + Project.MAX_DEPTH + " levels deep; under this "
                    + "parent the project would reach level " + depth + ".");
        }
    }

    private static NotFound noSuchParent() {
        return new NotFound("There is no such parent project.");
    }
}
