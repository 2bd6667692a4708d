package dev.ordo.projects.project;

import java.time.Instant;
import java.util.UUID;

/** A user's place in a project: the role, and the user's own favorite flag. */
public record Membership(UUID projectId, UUID userId, Role role, boolean favorite, Instant joinedAt) {}
