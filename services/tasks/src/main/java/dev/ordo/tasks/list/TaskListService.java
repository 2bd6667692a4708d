package dev.ordo.tasks.list;

import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.tasks.access.Permission;
import dev.ordo.tasks.access.ProjectAccess;
import dev.ordo.tasks.access.UserReplicas;
import dev.ordo.tasks.filter.SavedFilterService;
import dev.ordo.tasks.query.Filter;
import dev.ordo.tasks.query.FilterContext;
import dev.ordo.tasks.query.FilterParser;
import dev.ordo.tasks.query.FilterSql;
import dev.ordo.tasks.query.SqlFragment;
import dev.ordo.tasks.task.TaskResponse;
import dev.ordo.tasks.urgency.Urgency;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of the tasks in the caller's projects: scoped by membership, narrowed by the query's
 * parameters, a filter query or a day view, in one of {@link TaskSort}'s orders, keyset-paginated.
 * The cursor also holds the moment of the first page, so that a list whose order or content depends on
 * the time (views, urgency, "today" in a filter) pages consistently.
 */
@Service
public class TaskListService {

    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");
    private static final List<String> OPEN = List.of("PENDING", "IN_PROGRESS");
    /** Urgency as of the list's moment, parameter {@code :now}. */
    static final String URGENCY = Urgency.sql("now");

    private final TaskLists lists;
    private final ProjectAccess access;
    private final UserReplicas users;
    private final SavedFilterService savedFilters;
    private final Clock clock;

    TaskListService(
            TaskLists lists, ProjectAccess access, UserReplicas users, SavedFilterService savedFilters, Clock clock) {
        this.lists = lists;
        this.access = access;
        this.users = users;
        this.savedFilters = savedFilters;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<TaskResponse> list(UUID caller, TaskListQuery q, PageQuery page) {
        List<SortKey> keys = q.sort().keys(URGENCY);
        List<String> after = page.after(keys.size() + 3, Cursor::parts);
        if (after != null && !after.getFirst().equals(q.sort().wire())) {
            throw Cursor.invalid();
        }
        Instant now = after == null ? clock.instant().truncatedTo(ChronoUnit.MICROS) : micros(after.get(1));
        ZoneId zone = users.zoneOf(caller);
        Criteria criteria = criteria(caller, q, zone, now);
        List<TaskLists.Row> rows =
                lists.page(criteria, keys, after == null ? null : after.subList(2, after.size()), page.fetchSize());
        Page<TaskLists.Row> found = Page.of(rows, page, row -> {
            List<String> parts = new ArrayList<>(List.of(q.sort().wire(), Long.toString(toMicros(now))));
            parts.addAll(row.keys());
            parts.add(row.id().toString());
            return Cursor.of(parts);
        });
        List<TaskResponse> items =
                found.items().stream().map(row -> TaskResponse.of(row.view())).toList();
        return new Page<>(items, found.nextCursor());
    }

    private Criteria criteria(UUID caller, TaskListQuery q, ZoneId zone, Instant now) {
        Filter filter = q.filter() != null
                ? FilterParser.parse(q.filter())
                : q.savedFilter() != null
                        ? FilterParser.parse(
                                savedFilters.get(caller, q.savedFilter()).query())
                        : null;
        Criteria c = new Criteria()
                .where("t.project_id in (select m.project_id from membership m where m.user_id = :me)")
                .param("me", caller)
                .param("zone", zone.getId())
                .param("now", utc(now));
        if (q.projectId() != null) {
            access.require(q.projectId(), caller, Permission.VIEW);
            c.where("t.project_id = :projectId").param("projectId", q.projectId());
        } else {
            c.where("not exists (select 1 from project_replica p where p.id = t.project_id and p.archived)");
        }
        if (q.sectionId() != null) {
            c.where("t.section_id = :sectionId").param("sectionId", q.sectionId());
        }
        if (q.parentId() != null) {
            c.where("t.parent_id = :parentId").param("parentId", q.parentId());
        }
        if (q.label() != null) {
            c.where("exists (select 1 from task_label l where l.task_id = t.id and lower(l.name) = lower(:label))")
                    .param("label", q.label().strip());
        }
        if (q.assigneeId() != null) {
            c.where("t.assignee_id = :assigneeId").param("assigneeId", q.assigneeId());
        }
        if (q.priorities() != null) {
            c.where("t.priority in (:priorities)")
                    .param("priorities", q.priorities().stream().map(Enum::name).toList());
        }
        if (q.statuses() != null) {
            c.where("t.status in (:statuses)")
                    .param("statuses", q.statuses().stream().map(Enum::name).toList());
        } else if (filter == null || !filter.mentionsStatus()) {
            c.where("t.status in (:statuses)").param("statuses", OPEN);
        }
        if (filter != null) {
            SqlFragment compiled = FilterSql.compile(filter, new FilterContext(caller, zone, now));
            c.where(compiled.sql()).params(compiled.params());
        }
        if (q.view() != null) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            c.where(q.view().sql())
                    .param("today", today)
                    .param("todayStart", utc(today.atStartOfDay(zone).toInstant()))
                    .param(
                            "tomorrowStart",
                            utc(today.plusDays(1).atStartOfDay(zone).toInstant()))
                    .param("weekEnd", today.plusDays(7))
                    .param(
                            "weekEndStart",
                            utc(today.plusDays(7).atStartOfDay(zone).toInstant()));
        }
        return c;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static long toMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static Instant micros(String text) {
        try {
            Instant instant = Instant.EPOCH.plus(Long.parseLong(text), ChronoUnit.MICROS);
            if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
                throw Cursor.invalid();
            }
            return instant;
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }
}
