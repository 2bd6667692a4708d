package dev.ordo.projects.project;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.InvalidInput;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's place in a project: the role, and the user's own favorite flag. The owner's place changes only by
 * a transfer: the owner's role is not changed, and the owner neither leaves nor is removed.
 */
public record Membership(UUID projectId, UUID userId, ProjectRole role, boolean favorite, Instant joinedAt) {

    /** The creator of a project. */
    static Membership owner(UUID projectId, UUID userId, boolean favorite, Instant now) {
        return new Membership(projectId, userId, ProjectRole.OWNER, favorite, now);
    }

    /** Someone who accepted an invitation with this role. */
    static Membership joined(UUID projectId, UUID userId, ProjectRole role, Instant now) {
        return new Membership(projectId, userId, role, false, now);
    }

    /** @throws InvalidInput for owner: a project gets a new owner only by a transfer */
    static void ensureAssignable(ProjectRole role) {
        if (role == ProjectRole.OWNER) {
            throw new InvalidInput("'role' cannot be owner: transfer the project instead.");
        }
    }

    /**
     * This member with another role (admin, member or viewer).
     *
     * @throws Conflict for the owner, whose role changes only by a transfer
     */
    Membership withRole(ProjectRole newRole) {
        ensureAssignable(newRole);
        if (role == ProjectRole.OWNER) {
            throw new Conflict("The owner's role changes only by transferring the project.");
        }
        return new Membership(projectId, userId, newRole, favorite, joinedAt);
    }

    /** @throws Conflict for the owner */
    void ensureRemovable() {
        if (role == ProjectRole.OWNER) {
            throw new Conflict("The owner cannot be removed; transfer the project first.");
        }
    }

    /** @throws Conflict for the owner */
    void ensureMayLeave() {
        if (!Permission.LEAVE.allows(role)) {
            throw new Conflict("The owner cannot leave; transfer the project first.");
        }
    }
}
