package dev.ordo.tasks.label;

import dev.ordo.contracts.tasks.TaskEvents;
import java.time.Instant;
import java.util.UUID;

/** A personal label: its name is what tasks carry. */
public record Label(UUID id, UUID ownerId, String name, String color, Instant createdAt) {

    TaskEvents.LabelState state() {
        return new TaskEvents.LabelState(id, ownerId, name, color);
    }
}
