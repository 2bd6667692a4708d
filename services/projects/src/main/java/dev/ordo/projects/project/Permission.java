package dev.ordo.projects.project;

import static dev.ordo.contracts.projects.ProjectRole.ADMIN;
import static dev.ordo.contracts.projects.ProjectRole.MEMBER;
import static dev.ordo.contracts.projects.ProjectRole.OWNER;
import static dev.ordo.contracts.projects.ProjectRole.VIEWER;

import dev.ordo.contracts.projects.ProjectRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * The permission matrix: which roles may do what in a project. The one place that says it (the README
 * shows the same table). A non-member may do nothing and is told the project does not exist (404).
 */
public enum Permission {
    VIEW(OWNER, ADMIN, MEMBER, VIEWER),
    SET_OWN_FAVORITE(OWNER, ADMIN, MEMBER, VIEWER),
    EDIT(OWNER, ADMIN),
    ARCHIVE(OWNER, ADMIN),
    DELETE(OWNER),
    MANAGE_INVITATIONS(OWNER, ADMIN),
    /** Change a member's role or remove a member; never the owner's (see transfer). */
    MANAGE_MEMBERS(OWNER, ADMIN),
    /** The owner cannot leave (409, not 403): it must transfer the project first. */
    LEAVE(ADMIN, MEMBER, VIEWER),
    TRANSFER(OWNER),
    CREATE_SUBPROJECT(OWNER, ADMIN);

    private final Set<ProjectRole> roles;

    Permission(ProjectRole first, ProjectRole... others) {
        this.roles = EnumSet.of(first, others);
    }

    public boolean allows(ProjectRole role) {
        return roles.contains(role);
    }
}
