package dev.ordo.tasks.task;

import dev.ordo.tasks.rule.RuleMatcher;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Gives a task that was just written the priority its project's first matching rule says (open tasks
 * only), with task.priority-changed naming the rule. A rule outranks the user: it is the project's
 * standing decision.
 */
@Component
class RulePriorities {

    private final RuleMatcher matcher;
    private final Tasks tasks;
    private final TaskEventLog events;
    private final Clock clock;

    RulePriorities(RuleMatcher matcher, Tasks tasks, TaskEventLog events, Clock clock) {
        this.matcher = matcher;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** @return the task as it is after the rules (the same one if no rule changed it) */
    Task apply(Task task, UUID actor) {
        if (!task.status().open()) {
            return task;
        }
        return matcher.firstMatch(task.id(), task.projectId())
                .filter(match -> match.priority() != task.priority())
                .map(match -> {
                    Task after =
                            task.prioritize(match.priority(), clock.instant().truncatedTo(ChronoUnit.MICROS));
                    tasks.update(after, false);
                    events.priorityChanged(after, task.priority(), match.ruleId(), actor);
                    return after;
                })
                .orElse(task);
    }
}
