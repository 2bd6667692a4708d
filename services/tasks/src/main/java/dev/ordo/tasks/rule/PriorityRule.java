package dev.ordo.tasks.rule;

import dev.ordo.tasks.query.Priority;
import java.time.Instant;
import java.util.UUID;

/**
 * When a task of the project matches {@code when} (a filter query, evaluated as its creator would see
 * it: "me" and "today" are theirs), its priority becomes {@code priority}. The first matching rule by
 * position wins.
 */
public record PriorityRule(
        UUID id,
        UUID projectId,
        String name,
        String when,
        Priority priority,
        long position,
        UUID createdBy,
        Instant createdAt) {}
