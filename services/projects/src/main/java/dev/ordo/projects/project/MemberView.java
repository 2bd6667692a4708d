package dev.ordo.projects.project;

import dev.ordo.contracts.projects.ProjectRole;
import java.time.Instant;
import java.util.UUID;

/** A member as the member list shows it; name and email come from the user replica (null when unknown). */
public record MemberView(UUID userId, ProjectRole role, String name, String email, Instant joinedAt) {}
