package dev.ordo.tasks.urgency;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How urgent an open task is; higher is more urgent. The same formula exists in Java ({@link #score}) and
 * as SQL ({@link #sql}) so {@code sort=urgency} can be done by the database, and a test keeps them equal.
 *
 * <pre>
 * urgency  = priority + due + age + subtasks
 * priority = 30 × (4 − rank)                       URGENT 90, HIGH 60, MEDIUM 30, LOW 0
 * due      = 0                                     without a due
 *          = 40 × e^(−min(h, 720) / 24)            due in h ≥ 0 hours: 40 at the due time, 14.7 a day
 *                                                  before, 5.4 two days before, ~0 after a week
 *          = 40 + 30 × (1 − e^(max(h, −720) / 48)) overdue by −h hours: 52 after a day, 63 after three,
 *                                                  70 at most
 * age      = 5 × min(days since created, 365) / 365
 * subtasks = min(open subtasks, 10)
 * </pre>
 *
 * Priority dominates: one step (30) outweighs age and subtasks together (15 at most) and any due more
 * than a day away (under 15); a due in the last day or an overdue one can lift a task one or two steps.
 * A date-only due counts from the start of its day in UTC. The caps keep {@code exp} away from underflow
 * in PostgreSQL.
 */
public final class Urgency {

    static final double PRIORITY_STEP = 30;
    static final double DUE_WEIGHT = 40;
    static final double OVERDUE_WEIGHT = 30;
    static final double AGE_WEIGHT = 5;
    static final int SUBTASK_CAP = 10;

    private Urgency() {}

    public static double score(Priority priority, Instant due, Instant createdAt, int openSubtasks, Instant now) {
        Objects.requireNonNull(priority, "priority");
        double score = PRIORITY_STEP * (4 - priority.rank());
        if (due != null) {
            double hours = seconds(now, due) / 3600;
            score += hours >= 0
                    ? DUE_WEIGHT * Math.exp(-Math.min(hours, 720) / 24)
                    : DUE_WEIGHT + OVERDUE_WEIGHT * (1 - Math.exp(Math.max(hours, -720) / 48));
        }
        double days = seconds(createdAt, now) / 86_400;
        score += Math.min(Math.max(days, 0), 365) / 365 * AGE_WEIGHT;
        score += Math.min(Math.max(openSubtasks, 0), SUBTASK_CAP);
        return score;
    }

    /** The score for a task's {@link Due} (null when it has none). */
    public static double score(Priority priority, Due due, Instant createdAt, int openSubtasks, Instant now) {
        return score(
                priority, due == null ? null : dueInstant(due.date(), due.datetime()), createdAt, openSubtasks, now);
    }

    /** The instant urgency counts a due from: its time, or for a date-only due the start of its day in UTC. */
    public static Instant dueInstant(LocalDate date, Instant datetime) {
        if (datetime != null) {
            return datetime;
        }
        return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The same score as a SQL expression over the task table aliased {@code t}.
     *
     * @param nowParam the name of the parameter holding now (with or without the leading colon); bind it
     *                 as a {@code java.time.OffsetDateTime} (a timestamptz)
     */
    public static String sql(String nowParam) {
        String now = ":" + (nowParam.startsWith(":") ? nowParam.substring(1) : nowParam);
        if (!now.matches(":[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a parameter name: " + nowParam);
        }
        String due = "coalesce(t.due_datetime, cast(t.due_date as timestamp) at time zone 'UTC')";
        String hours = "(cast(extract(epoch from (" + due + " - " + now + ")) as double precision) / 3600)";
        String days = "(cast(extract(epoch from (" + now + " - t.created_at)) as double precision) / 86400)";
        return "(" + fmt(PRIORITY_STEP) + " * (4 - t.priority_rank)"
                + " + case when " + due + " is null then 0"
                + " when " + hours + " >= 0 then " + fmt(DUE_WEIGHT) + " * exp(-least(" + hours + ", 720) / 24)"
                + " else " + fmt(DUE_WEIGHT) + " + " + fmt(OVERDUE_WEIGHT)
                + " * (1 - exp(greatest(" + hours + ", -720) / 48)) end"
                + " + least(greatest(" + days + ", 0), 365) / 365 * " + fmt(AGE_WEIGHT)
                + " + least((select count(*) from task c where c.parent_id = t.id"
                + " and c.status in ('PENDING', 'IN_PROGRESS')), " + SUBTASK_CAP + "))";
    }

    private static String fmt(double weight) {
        return "cast(" + weight + " as double precision)";
    }

    private static double seconds(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
