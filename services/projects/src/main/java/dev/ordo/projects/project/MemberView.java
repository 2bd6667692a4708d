package dev.ordo.projects.project;

import java.time.Instant;
import java.util.UUID;

/** A member as the member list shows it; name and email come from the user replica (null when unknown). */
public record MemberView(UUID userId, Role role, String name, String email, Instant joinedAt) {}
