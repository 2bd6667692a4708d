package dev.ordo.tasks.section;

import java.time.Instant;
import java.util.UUID;

/** A section; {@code version} is also its ETag. */
public record SectionResponse(
        UUID id, UUID projectId, String name, long position, Instant createdAt, Instant updatedAt, long version) {

    static SectionResponse of(Section s) {
        return new SectionResponse(
                s.id(), s.projectId(), s.name(), s.position(), s.createdAt(), s.updatedAt(), s.version());
    }
}
