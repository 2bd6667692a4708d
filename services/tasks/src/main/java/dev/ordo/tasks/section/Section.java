package dev.ordo.tasks.section;

import dev.ordo.contracts.tasks.TaskEvents;
import java.time.Instant;
import java.util.UUID;

/** A section of a project: tasks may sit in one. {@code version} grows with every change (the ETag). */
public record Section(
        UUID id, UUID projectId, String name, long position, Instant createdAt, Instant updatedAt, long version) {

    TaskEvents.SectionState state() {
        return new TaskEvents.SectionState(id, projectId, name, position);
    }
}
