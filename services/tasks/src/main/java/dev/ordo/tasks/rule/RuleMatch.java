package dev.ordo.tasks.rule;

import dev.ordo.tasks.query.Priority;
import java.util.UUID;

/** The rule that decides a task's priority, and that priority. */
public record RuleMatch(UUID ruleId, Priority priority) {}
