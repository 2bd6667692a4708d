package dev.ordo.tasks.access;

import java.util.UUID;

/** What this service knows of a project, from the projects service's events. */
public record ProjectReplica(UUID id, String name, UUID parentId, boolean inbox, boolean archived, UUID ownerId) {}
