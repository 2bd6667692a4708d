package dev.ordo.projects.people;

import java.util.UUID;

/** What this service knows of a user of identity: enough to show members by name. */
public record KnownUser(UUID id, String email, String name) {}
