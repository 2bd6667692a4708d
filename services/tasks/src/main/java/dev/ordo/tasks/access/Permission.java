package dev.ordo.tasks.access;

import static dev.ordo.contracts.projects.ProjectRole.ADMIN;
import static dev.ordo.contracts.projects.ProjectRole.MEMBER;
import static dev.ordo.contracts.projects.ProjectRole.OWNER;
import static dev.ordo.contracts.projects.ProjectRole.VIEWER;

import dev.ordo.contracts.projects.ProjectRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which roles may do what with a project's tasks, sections and rules: the one place that says it (the
 * README shows the same table). A non-member may do nothing and is told the project does not exist (404).
 */
public enum Permission {
    /** See the project's tasks, sections and priority rules. */
    VIEW(OWNER, ADMIN, MEMBER, VIEWER),
    /** Create, change, move, complete and delete tasks and sections. */
    WRITE(OWNER, ADMIN, MEMBER),
    /** Create, change and delete the project's priority rules. */
    MANAGE_RULES(OWNER, ADMIN);

    private final Set<ProjectRole> roles;

    Permission(ProjectRole first, ProjectRole... others) {
        this.roles = EnumSet.of(first, others);
    }

    public boolean allows(ProjectRole role) {
        return roles.contains(role);
    }
}
