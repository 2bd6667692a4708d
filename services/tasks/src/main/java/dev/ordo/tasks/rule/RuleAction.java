package dev.ordo.tasks.rule;

import dev.ordo.tasks.query.Priority;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** What a rule does to a matching task. */
@Schema(description = "What a matching task gets")
public record RuleAction(@NotNull Priority priority) {}
