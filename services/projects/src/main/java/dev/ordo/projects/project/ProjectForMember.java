package dev.ordo.projects.project;

import dev.ordo.contracts.projects.ProjectRole;

/** A project as one member sees it: with that member's role and favorite flag. */
public record ProjectForMember(Project project, ProjectRole role, boolean favorite) {}
