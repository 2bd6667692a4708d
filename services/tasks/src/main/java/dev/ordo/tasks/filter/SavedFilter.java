package dev.ordo.tasks.filter;

import java.time.Instant;
import java.util.UUID;

/** A named filter query of a user's, shown in their list of filters at {@code position}. */
public record SavedFilter(
        UUID id, UUID ownerId, String name, String query, long position, Instant createdAt, Instant updatedAt) {}
