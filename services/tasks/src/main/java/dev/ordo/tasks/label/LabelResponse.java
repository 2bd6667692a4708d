package dev.ordo.tasks.label;

import java.time.Instant;
import java.util.UUID;

/** A label of the caller's. */
public record LabelResponse(UUID id, String name, String color, Instant createdAt) {

    static LabelResponse of(Label label) {
        return new LabelResponse(label.id(), label.name(), label.color(), label.createdAt());
    }
}
