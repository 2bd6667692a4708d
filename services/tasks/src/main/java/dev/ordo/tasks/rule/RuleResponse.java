package dev.ordo.tasks.rule;

import dev.ordo.tasks.query.Priority;
import java.time.Instant;
import java.util.UUID;

/** A priority rule of a project. */
public record RuleResponse(
        UUID id,
        UUID projectId,
        String name,
        String when,
        Then then,
        long position,
        UUID createdBy,
        Instant createdAt) {

    public record Then(Priority priority) {}

    static RuleResponse of(PriorityRule r) {
        return new RuleResponse(
                r.id(),
                r.projectId(),
                r.name(),
                r.when(),
                new Then(r.priority()),
                r.position(),
                r.createdBy(),
                r.createdAt());
    }
}
