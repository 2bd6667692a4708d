package dev.ordo.tasks.filter;

import java.time.Instant;
import java.util.UUID;

/** A saved filter of the caller's. */
public record FilterResponse(UUID id, String name, String query, long position, Instant createdAt, Instant updatedAt) {

    static FilterResponse of(SavedFilter f) {
        return new FilterResponse(f.id(), f.name(), f.query(), f.position(), f.createdAt(), f.updatedAt());
    }
}
