package dev.ordo.projects.project;

/** A project as one member sees it: with that member's role and favorite flag. */
public record ProjectForMember(Project project, Role role, boolean favorite) {}
