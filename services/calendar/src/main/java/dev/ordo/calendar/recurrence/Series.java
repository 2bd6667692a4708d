package dev.ordo.calendar.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Recur;

/**
 * The starts of a series: its first start, then what its rule gives (expanded by ical4j), in local time
 * ({@link LocalDateTime} in the series' zone, or {@link LocalDate} for all-day series). Expanding in local time
 * is what RFC 5545 means by a rule with a zoned DTSTART: 9:00 stays 9:00 across a change of daylight saving
 * time, and a start in the hour a spring change skips is read as the same time after it
 * ({@link java.time.ZonedDateTime#of}). The first start is always an occurrence, and counts towards COUNT.
 */
public final class Series {

    /** How many starts one expansion yields at most, whatever the rule (an hourly rule over a year: 8,784). */
    public static final int MAX_STARTS = 10_000;

    private final Temporal start;
    private final Rule rule;
    private final Temporal until;

    /**
     * @param start a {@link LocalDateTime} or {@link LocalDate}
     * @param rule  null for a single occurrence
     * @throws dev.ordo.platform.problems.InvalidInput when the rule's UNTIL is before the start
     */
    public Series(Temporal start, Rule rule, ZoneId zone, String field) {
        if (!(start instanceof LocalDateTime) && !(start instanceof LocalDate)) {
            throw new IllegalArgumentException("a series starts at a local date or date-time: " + start);
        }
        this.start = start;
        this.rule = rule;
        this.until = rule == null ? null : rule.until(start instanceof LocalDate, zone, field);
        if (until != null && compare(until, start) < 0) {
            throw Rule.invalid(field, "ends (UNTIL) before the event starts");
        }
    }

    public Temporal start() {
        return start;
    }

    public Rule rule() {
        return rule;
    }

    public boolean allDay() {
        return start instanceof LocalDate;
    }

    /** The starts from {@code from} to {@code to}, both included, in order. */
    public List<Temporal> starts(Temporal from, Temporal to) {
        List<Temporal> result = new ArrayList<>();
        for (Temporal t : startsUpTo(to)) {
            if (compare(t, from) >= 0) {
                result.add(t);
            }
        }
        return result;
    }

    /** Every start up to {@code to} (included), in order, from the first. */
    public List<Temporal> startsUpTo(Temporal to) {
        if (compare(start, to) > 0) {
            return List.of();
        }
        if (rule == null) {
            return List.of(start);
        }
        Temporal end = until != null && compare(until, to) < 0 ? until : to;
        Recur<Temporal> recur = rule.recur();
        TreeSet<Temporal> starts = new TreeSet<>(Series::compare);
        starts.add(start);
        // ical4j needs a period end past the last wanted start to yield it
        Temporal periodEnd = end.plus(1, ChronoUnit.DAYS);
        // (the list, not the stream's iterator: ical4j's spliterator yields nothing to tryAdvance)
        for (Temporal t : recur.getDates(start, start, periodEnd, MAX_STARTS)) {
            if (starts.size() < MAX_STARTS && compare(t, start) >= 0 && compare(t, end) <= 0) {
                starts.add(t);
            }
        }
        List<Temporal> ordered = new ArrayList<>(starts);
        Integer count = rule.count();
        return count != null && ordered.size() > count ? List.copyOf(ordered.subList(0, count)) : ordered;
    }

    /** Whether {@code t} is one of the series' starts. */
    public boolean isStart(Temporal t) {
        if (t.getClass() != start.getClass()) {
            return false;
        }
        List<Temporal> upTo = startsUpTo(t);
        return !upTo.isEmpty() && compare(upTo.getLast(), t) == 0;
    }

    /** How many starts come before {@code t}. */
    public int countBefore(Temporal t) {
        int n = 0;
        for (Temporal s : startsUpTo(t)) {
            if (compare(s, t) < 0) {
                n++;
            }
        }
        return n;
    }

    /** The last start of a rule that ends (COUNT or UNTIL), else null. */
    public Temporal last() {
        if (rule == null) {
            return start;
        }
        if (!rule.bounded()) {
            return null;
        }
        Temporal horizon = until != null
                ? until
                : start.plus(rule.count().longValue() * 400, allDay() ? ChronoUnit.DAYS : ChronoUnit.DAYS);
        List<Temporal> all = startsUpTo(horizon);
        return all.getLast();
    }

    /** Orders local dates and date-times (a date before every time of its day). */
    public static int compare(Temporal a, Temporal b) {
        return toDateTime(a).compareTo(toDateTime(b));
    }

    private static LocalDateTime toDateTime(Temporal t) {
        return t instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) t;
    }
}
