package dev.ordo.tasks.rule;

import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.tasks.access.Permission;
import dev.ordo.tasks.access.ProjectAccess;
import dev.ordo.tasks.query.FilterParser;
import dev.ordo.tasks.query.Priority;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's priority rules: its owner and admins manage them, every member sees them. A rule's query
 * must parse. New and changed rules reach existing tasks with the next sweep; tasks written from now on
 * at once.
 */
@Service
public class PriorityRuleService {

    private final PriorityRules rules;
    private final ProjectAccess access;
    private final Clock clock;

    PriorityRuleService(PriorityRules rules, ProjectAccess access, Clock clock) {
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public PriorityRule create(
            UUID caller, UUID projectId, String name, String when, Priority priority, Long position) {
        access.require(projectId, caller, Permission.MANAGE_RULES);
        FilterParser.parse(when);
        PriorityRule rule = new PriorityRule(
                UUID.randomUUID(),
                projectId,
                name,
                when.strip(),
                priority,
                position == null ? rules.nextPosition(projectId) : position,
                caller,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        rules.add(rule);
        return rule;
    }

    @Transactional(readOnly = true)
    public PriorityRule get(UUID caller, UUID projectId, UUID id) {
        access.require(projectId, caller, Permission.VIEW);
        return rules.byId(projectId, id).orElseThrow(PriorityRuleService::noSuchRule);
    }

    @Transactional(readOnly = true)
    public Page<PriorityRule> list(UUID caller, UUID projectId, PageQuery query) {
        access.require(projectId, caller, Permission.VIEW);
        return Page.of(
                rules.page(projectId, query.after("bigint", "uuid"), query.fetchSize()),
                query,
                r -> Cursor.of(List.of(Long.toString(r.position()), r.id().toString())));
    }

    @Transactional
    public PriorityRule update(
            UUID caller, UUID projectId, UUID id, String name, String when, Priority priority, Long position) {
        access.require(projectId, caller, Permission.MANAGE_RULES);
        PriorityRule before = rules.lock(projectId, id).orElseThrow(PriorityRuleService::noSuchRule);
        if (when != null) {
            FilterParser.parse(when);
        }
        PriorityRule after = new PriorityRule(
                id,
                projectId,
                name == null ? before.name() : name,
                when == null ? before.when() : when.strip(),
                priority == null ? before.priority() : priority,
                position == null ? before.position() : position,
                before.createdBy(),
                before.createdAt());
        rules.update(after);
        return after;
    }

    @Transactional
    public void delete(UUID caller, UUID projectId, UUID id) {
        access.require(projectId, caller, Permission.MANAGE_RULES);
        rules.lock(projectId, id).orElseThrow(PriorityRuleService::noSuchRule);
        rules.delete(id);
    }

    /** The project was deleted: its rules go with it. */
    @Transactional
    public void deleteAllOf(UUID projectId) {
        rules.deleteAllOf(projectId);
    }

    static NotFound noSuchRule() {
        return new NotFound("There is no such priority rule.");
    }
}
