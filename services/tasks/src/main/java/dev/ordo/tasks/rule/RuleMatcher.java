package dev.ordo.tasks.rule;

import dev.ordo.tasks.access.UserReplicas;
import dev.ordo.tasks.query.FilterContext;
import dev.ordo.tasks.query.FilterParser;
import dev.ordo.tasks.query.FilterSql;
import dev.ordo.tasks.query.FilterSyntaxException;
import dev.ordo.tasks.query.SqlFragment;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which priority rule decides a task: the project's rules are tried by position, each compiled from its
 * filter query as its creator would see it, and the first one whose query matches wins. Only open tasks
 * are decided by rules. Runs inside the caller's transaction, so it sees the task as just written.
 */
@Component
public class RuleMatcher {

    private static final Logger log = LoggerFactory.getLogger(RuleMatcher.class);
    private static final String OPEN = "t.status in ('PENDING', 'IN_PROGRESS')";

    private final PriorityRules rules;
    private final UserReplicas users;
    private final JdbcClient jdbc;
    private final Clock clock;

    RuleMatcher(PriorityRules rules, UserReplicas users, JdbcClient jdbc, Clock clock) {
        this.rules = rules;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The first rule of the project that matches this (open) task, if any. */
    public Optional<RuleMatch> firstMatch(UUID taskId, UUID projectId) {
        for (PriorityRule rule : rules.ofProject(projectId)) {
            Optional<SqlFragment> when = compile(rule);
            if (when.isPresent()
                    && jdbc.sql("select exists (select 1 from task t where t.id = :id and " + OPEN + " and ("
                                    + when.get().sql() + "))")
                            .params(when.get().params())
                            .param("id", taskId)
                            .query(Boolean.class)
                            .single()) {
                return Optional.of(new RuleMatch(rule.id(), rule.priority()));
            }
        }
        return Optional.empty();
    }

    /** For every open task of the project that a rule matches: the first such rule. */
    public Map<UUID, RuleMatch> matchesIn(UUID projectId) {
        Map<UUID, RuleMatch> decided = new LinkedHashMap<>();
        for (PriorityRule rule : rules.ofProject(projectId)) {
            compile(rule)
                    .ifPresent(when -> jdbc.sql("select t.id from task t where t.project_id = :projectId and " + OPEN
                                    + " and (" + when.sql() + ")")
                            .params(when.params())
                            .param("projectId", projectId)
                            .query(UUID.class)
                            .list()
                            .forEach(id -> decided.putIfAbsent(id, new RuleMatch(rule.id(), rule.priority()))));
        }
        return decided;
    }

    public List<UUID> projectsWithRules() {
        return rules.projectsWithRules();
    }

    private Optional<SqlFragment> compile(PriorityRule rule) {
        try {
            FilterContext as = new FilterContext(rule.createdBy(), users.zoneOf(rule.createdBy()), clock.instant());
            return Optional.of(FilterSql.compile(FilterParser.parse(rule.when()), as));
        } catch (FilterSyntaxException e) {
            // stored rules were checked when saved; one the language no longer reads is skipped, not fatal
            log.warn("Priority rule {} has a query that no longer parses, skipped: {}", rule.id(), e.getMessage());
            return Optional.empty();
        }
    }
}
