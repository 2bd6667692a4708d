package dev.ordo.tasks.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles a {@link Filter} to a boolean SQL expression over the task table aliased {@code t}, to be used
 * as {@code where <membership scoping> and (<sql>)}. Scoping to what the caller may see is not done here.
 *
 * <p>Every atom compiles to an expression that is never NULL, so {@code !} is an exact complement
 * (SQL's {@code not} of a NULL would silently drop tasks without a due date, section or assignee).
 *
 * <p>Dates are the caller's: "today" is the day in {@link FilterContext#zone()}. A due with a time is
 * compared as an instant against that zone's day boundaries; a date-only due by its {@code due_date},
 * counting as due by the end of that day: it is before an instant once its day is over (so a task due
 * today is not "due before: now" and not overdue until tomorrow), and after the instant otherwise.
 *
 * <p>Parameters are named {@code <prefix>0, <prefix>1, ...} ({@code f0, f1, ...} by default; give another
 * prefix to combine several compiled filters in one statement). Instants are bound as UTC
 * {@link OffsetDateTime}s, days as {@link LocalDate}s.
 */
public final class FilterSql {

    static final String OPEN = "t.status in ('PENDING', 'IN_PROGRESS')";

    private final FilterContext ctx;
    private final String prefix;
    private final LocalDate today;
    private final Map<String, Object> params = new LinkedHashMap<>();

    private FilterSql(FilterContext ctx, String prefix) {
        this.ctx = ctx;
        this.prefix = prefix;
        this.today = LocalDate.ofInstant(ctx.now(), ctx.zone());
    }

    public static SqlFragment compile(Filter filter, FilterContext ctx) {
        return compile(filter, ctx, "f");
    }

    public static SqlFragment compile(Filter filter, FilterContext ctx, String prefix) {
        if (!prefix.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a parameter prefix: " + prefix);
        }
        FilterSql compiler = new FilterSql(ctx, prefix);
        return new SqlFragment(compiler.sql(filter), compiler.params);
    }

    private String sql(Filter filter) {
        return switch (filter) {
            case Filter.And(Filter left, Filter right) -> "(" + sql(left) + " and " + sql(right) + ")";
            case Filter.Or(Filter left, Filter right) -> "(" + sql(left) + " or " + sql(right) + ")";
            case Filter.Not(Filter operand) -> "(not (" + sql(operand) + "))";
            case Filter.Today() -> dueOnDays(today, today.plusDays(1));
            case Filter.Tomorrow() -> dueOnDays(today.plusDays(1), today.plusDays(2));
            case Filter.NextDays(int days) -> dueOnDays(today, today.plusDays(days));
            case Filter.Overdue() -> "(" + OPEN + " and " + dueBefore(new DateRef.Moment(ctx.now())) + ")";
            case Filter.NoDate() -> "(t.due_date is null and t.due_datetime is null)";
            case Filter.DueBefore(DateRef date) -> dueBefore(date.resolve(ctx.zone(), ctx.now()));
            case Filter.DueAfter(DateRef date) -> dueAfter(date.resolve(ctx.zone(), ctx.now()));
            case Filter.HasPriority(Priority priority) -> "t.priority_rank = " + param(priority.rank());
            case Filter.InProject(String name, boolean withSubprojects) ->
                withSubprojects
                        ? "t.project_id in (with recursive tree(id) as ("
                                + "select p.id from project_replica p where lower(p.name) = lower(" + param(name) + ")"
                                + " union select c.id from project_replica c join tree on c.parent_id = tree.id)"
                                + " select tree.id from tree)"
                        : "t.project_id in (select p.id from project_replica p where lower(p.name) = lower("
                                + param(name) + "))";
            case Filter.InSection(String name) ->
                "exists (select 1 from section s where s.id = t.section_id" + " and lower(s.name) = lower("
                        + param(name) + "))";
            case Filter.HasLabel(String name) ->
                "exists (select 1 from task_label l where l.task_id = t.id" + " and lower(l.name) = lower("
                        + param(name) + "))";
            case Filter.NoLabels() -> "not exists (select 1 from task_label l where l.task_id = t.id)";
            case Filter.AssignedTo(Filter.Person who) -> person("t.assignee_id", who);
            case Filter.CreatedBy(Filter.Person who) -> person("t.created_by", who);
            case Filter.HasStatus(String status) -> "t.status = " + param(status);
            case Filter.Search(String text) -> "t.search @@ plainto_tsquery('simple', " + param(text) + ")";
        };
    }

    /** Due on a day in [from, to) of the caller's calendar. */
    private String dueOnDays(LocalDate from, LocalDate to) {
        return "((t.due_datetime is null and t.due_date is not null and t.due_date >= " + param(from)
                + " and t.due_date < " + param(to) + ")"
                + " or (t.due_datetime is not null and t.due_datetime >= " + param(startOf(from))
                + " and t.due_datetime < " + param(startOf(to)) + "))";
    }

    private String dueBefore(DateRef.Point point) {
        return switch (point) {
            case DateRef.WholeDay(LocalDate day) -> dueSplit("< " + param(day), "< " + param(startOf(day)));
            // A date-only due is before the instant once its whole day is over.
            case DateRef.Moment(Instant instant) ->
                dueSplit("< " + param(LocalDate.ofInstant(instant, ctx.zone())), "< " + param(instant));
        };
    }

    private String dueAfter(DateRef.Point point) {
        return switch (point) {
            case DateRef.WholeDay(LocalDate day) ->
                dueSplit("> " + param(day), ">= " + param(startOf(day.plusDays(1))));
            case DateRef.Moment(Instant instant) ->
                dueSplit(">= " + param(LocalDate.ofInstant(instant, ctx.zone())), "> " + param(instant));
        };
    }

    private static String dueSplit(String dateOnly, String timed) {
        return "((t.due_datetime is null and t.due_date is not null and t.due_date " + dateOnly + ")"
                + " or (t.due_datetime is not null and t.due_datetime " + timed + "))";
    }

    private String person(String column, Filter.Person who) {
        return switch (who) {
            case Filter.Me() -> "(" + column + " is not null and " + column + " = " + param(ctx.userId()) + ")";
            case Filter.Others() -> "(" + column + " is not null and " + column + " <> " + param(ctx.userId()) + ")";
            case Filter.Email(String address) ->
                "exists (select 1 from user_replica u where u.id = " + column + " and lower(u.email) = lower("
                        + param(address) + "))";
        };
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(ctx.zone()).toInstant();
    }

    private String param(Object value) {
        String name = prefix + params.size();
        params.put(name, value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
        return ":" + name;
    }
}
