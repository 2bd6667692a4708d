package dev.ordo.tasks.task;

import dev.ordo.tasks.rule.RuleMatch;
import dev.ordo.tasks.rule.RuleMatcher;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies every project's priority rules to all its open tasks: rules speak of time ("overdue",
 * "next 3 days"), so a task can come to match without being written. One short transaction per project;
 * a task changed by a user meanwhile is left for the next sweep (its version decides), never overwritten.
 */
@Service
public class PrioritySweep {

    private static final Logger log = LoggerFactory.getLogger(PrioritySweep.class);

    private final RuleMatcher matcher;
    private final Tasks tasks;
    private final TaskEventLog events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PrioritySweep(
            RuleMatcher matcher,
            Tasks tasks,
            TaskEventLog events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.matcher = matcher;
        this.tasks = tasks;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @return how many tasks got another priority */
    public int sweep() {
        int changed = 0;
        for (UUID projectId : matcher.projectsWithRules()) {
            Integer inProject = transactions.execute(status -> sweep(projectId));
            changed += inProject == null ? 0 : inProject;
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        if (changed > 0) {
            log.info("Priority sweep: {} tasks got the priority their project's rules say", changed);
        }
        return changed;
    }

    private int sweep(UUID projectId) {
        Map<UUID, RuleMatch> matches = matcher.matchesIn(projectId);
        int changed = 0;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (Task task : tasks.byIds(matches.keySet())) {
            RuleMatch match = matches.get(task.id());
            if (match.priority() == task.priority()) {
                continue;
            }
            Task after = task.prioritize(match.priority(), now);
            if (tasks.updatePriorityIfUnchanged(after, task.version())) {
                events.priorityChanged(after, task.priority(), match.ruleId(), null);
                changed++;
            }
        }
        return changed;
    }
}
