package dev.ordo.tasks.recur;

import dev.ordo.tasks.query.Due;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * A recurring due: an RFC 5545 {@code RRULE} and its {@code DTSTART}, a local date (all-day) or a local
 * date-time in a time zone. The occurrences are lib-recur's (org.dmfs), iterated on the wall clock of the
 * zone, so "every day at 9am" stays at 9:00 across DST changes; each occurrence becomes a moment only through
 * {@link Occurrence#at}. {@code DTSTART} is always the first occurrence: {@link #of} moves a start that the
 * rule does not match to the rule's first occurrence after it — for a rule with an {@code INTERVAL}, the first
 * day it would match without the interval, so "every other monday" said on a Thursday starts on the next
 * Monday (RFC 5545 alone would skip to the Monday of the week after next). Immutable.
 *
 * <p>A rule asks for at most {@value #MAX_COUNT} occurrences ({@code COUNT}); a rule that does not parse,
 * repeats more often than hourly, ends before it starts or has no occurrence at all is a
 * {@link RecurrenceException}.
 */
public final class Recurrence {

    public static final int MAX_COUNT = 1000;
    private static final int MAX_RULE_LENGTH = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final Pattern TEXT =
            Pattern.compile("DTSTART(?:;TZID=([^:;\\n]+)|;VALUE=DATE)?:(\\d{8}(?:T\\d{6})?)\\r?\\nRRULE:([^\\n]+)");

    private final String rule;
    private final Occurrence start;
    private final ZoneId zone;

    private Recurrence(String rule, Occurrence start, ZoneId zone) {
        this.rule = rule;
        this.start = start;
        this.zone = zone;
    }

    /**
     * The rule {@code rrule} (without the {@code RRULE:} prefix) from {@code date} (and {@code time} in
     * {@code zone}; a null time makes an all-day recurrence, whose zone is only kept for "today"), its start
     * moved to the first occurrence on or after the one given.
     */
    public static Recurrence of(String rrule, LocalDate date, LocalTime time, ZoneId zone) {
        if (rrule == null || rrule.isBlank()) {
            throw RecurrenceException.invalid("a recurrence rule such as FREQ=WEEKLY;BYDAY=MO is needed");
        }
        String written = rrule.strip();
        if (written.regionMatches(true, 0, "RRULE:", 0, 6)) {
            written = written.substring(6);
        }
        if (written.length() > MAX_RULE_LENGTH || written.contains("\n") || written.contains("\r")) {
            throw RecurrenceException.invalid(
                    "the recurrence rule is not one RRULE of at most " + MAX_RULE_LENGTH + " characters");
        }
        RecurrenceRule parsed = parse(written);
        Occurrence given = new Occurrence(date, time == null ? null : time.withNano(0));
        RecurrenceRule normal;
        try {
            normal = normalised(parsed, given, zone);
        } catch (RecurrenceException e) {
            throw e;
        } catch (RuntimeException e) { // lib-recur refusing a part only when it is used
            throw RecurrenceException.invalid("'" + written + "' cannot be used (" + e.getMessage() + ")");
        }
        Recurrence asked = new Recurrence(normal.toString(), given, zone);
        Occurrence first = asked.iterate(given, true, 1).stream()
                .findFirst()
                .orElseThrow(() -> RecurrenceException.invalid("the recurrence '" + rrule.strip()
                        + "' has no occurrence from " + given + " on (or it ends before it starts)"));
        if (normal.getInterval() > 1) {
            // "every other monday" said on a Thursday starts next Monday, not in the Monday's week after next
            RecurrenceRule single = parse(normal.toString());
            single.setInterval(1);
            Occurrence nearest = new Recurrence(single.toString(), given, zone)
                    .iterate(given, true, 1).stream().findFirst().orElse(first);
            first = nearest.local().isBefore(first.local()) ? nearest : first;
        }
        return new Recurrence(normal.toString(), first, zone);
    }

    /** A recurrence as {@link #text()} wrote it (a task's stored one). */
    public static Recurrence parse(String text, ZoneId allDayZone) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw RecurrenceException.invalid("not a DTSTART and RRULE pair: " + text);
        }
        String local = m.group(2);
        if (m.group(1) == null) {
            return new Recurrence(m.group(3), new Occurrence(LocalDate.parse(local, DATE), null), allDayZone);
        }
        LocalDateTime at = LocalDateTime.parse(local, LOCAL);
        return new Recurrence(m.group(3), new Occurrence(at.toLocalDate(), at.toLocalTime()), ZoneId.of(m.group(1)));
    }

    /** RFC 5545 text: a {@code DTSTART} line (with TZID, or VALUE=DATE when all-day), a newline, an {@code RRULE} line. */
    public String text() {
        String dtstart = start.allDay()
                ? "DTSTART;VALUE=DATE:" + DATE.format(start.date())
                : "DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start.local());
        return dtstart + "\nRRULE:" + rule;
    }

    /** The rule, without the {@code RRULE:} prefix. */
    public String rule() {
        return rule;
    }

    /** The first occurrence ({@code DTSTART}). */
    public Occurrence start() {
        return start;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean allDay() {
        return start.allDay();
    }

    /** Whether the rule ends after a number of occurrences ({@code COUNT}). */
    public boolean counted() {
        return parse(rule).getCount() != null;
    }

    /** The first occurrence strictly after {@code current} (none when the rule has ended or passes the year 9999). */
    public Optional<Occurrence> after(Occurrence current) {
        return iterate(current, false, 1).stream().findFirst();
    }

    /** The first occurrence on or after {@code from}. */
    public Optional<Occurrence> onOrAfter(Occurrence from) {
        return iterate(from, true, 1).stream().findFirst();
    }

    /** The first {@code n} occurrences, from the start. */
    public List<Occurrence> first(int n) {
        return iterate(start, true, n);
    }

    /**
     * The same rule counted from another start (Todoist's {@code every!}: the next occurrence counts from the
     * day of completion), which must itself be an occurrence.
     */
    public Recurrence from(Occurrence newStart) {
        return new Recurrence(rule, newStart, zone);
    }

    /**
     * The due of a task on occurrence {@code o} of this recurrence: the date, and the moment in the zone when it
     * has a time (an all-day due has none).
     */
    public Due due(Occurrence o, boolean fromCompletion, String words) {
        return o.allDay()
                ? new Due(o.date(), null, null, words, text(), fromCompletion)
                : new Due(o.date(), o.at(zone).toInstant(), zone, words, text(), fromCompletion);
    }

    /** The occurrence a due is on. */
    public static Occurrence occurrenceOf(Due due) {
        return due.hasTime()
                ? new Occurrence(
                        due.date(), due.datetime().atZone(due.timezone()).toLocalTime())
                : new Occurrence(due.date(), null);
    }

    private List<Occurrence> iterate(Occurrence from, boolean inclusive, int n) {
        List<Occurrence> found = new ArrayList<>();
        try {
            RecurrenceRuleIterator it = parse(rule).iterator(dateTime(start));
            if (from.local().isAfter(start.local())) {
                it.fastForward(dateTime(from));
            }
            while (found.size() < n && it.hasNext()) {
                DateTime next = it.nextDateTime();
                if (next.getYear() > 9999) {
                    break;
                }
                Occurrence o = occurrence(next);
                int c = o.local().compareTo(from.local());
                if (c > 0 || (c == 0 && inclusive)) {
                    found.add(o);
                }
            }
        } catch (RuntimeException e) {
            // lib-recur gives up on a rule whose instances are all filtered away ("every Feb 30"): none left
        }
        return found;
    }

    private Occurrence occurrence(DateTime d) {
        LocalDate date = LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDayOfMonth());
        return d.isAllDay()
                ? new Occurrence(date, null)
                : new Occurrence(date, LocalTime.of(d.getHours(), d.getMinutes(), d.getSeconds()));
    }

    private DateTime dateTime(Occurrence o) {
        LocalDate d = o.date();
        if (o.allDay()) {
            return new DateTime(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
        }
        LocalTime t = o.time();
        return new DateTime(
                TimeZone.getTimeZone(zone),
                d.getYear(),
                d.getMonthValue() - 1,
                d.getDayOfMonth(),
                t.getHour(),
                t.getMinute(),
                t.getSecond());
    }

    private static RecurrenceRule parse(String rrule) {
        try {
            return new RecurrenceRule(rrule, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | RuntimeException e) {
            throw RecurrenceException.invalid(
                    "'" + rrule + "' is not an RFC 5545 recurrence rule (" + e.getMessage() + ")");
        }
    }

    /**
     * The rule checked against the start: at most hourly, at most {@value #MAX_COUNT} occurrences, an UNTIL of
     * the start's kind (a date for an all-day start, else a UTC moment: a date UNTIL then ends with its day in
     * the zone) and not before the start.
     */
    private static RecurrenceRule normalised(RecurrenceRule rule, Occurrence start, ZoneId zone) {
        Freq freq = rule.getFreq();
        if (freq == Freq.SECONDLY || freq == Freq.MINUTELY) {
            throw RecurrenceException.invalid("a task repeats at most every hour");
        }
        if (freq == Freq.HOURLY && start.allDay()) {
            throw RecurrenceException.invalid("an hourly recurrence needs a time of day");
        }
        Integer count = rule.getCount();
        if (count != null && count > MAX_COUNT) {
            throw new RecurrenceException(
                    RecurrenceException.TOO_MANY,
                    "a recurrence has at most " + MAX_COUNT + " occurrences (asked for " + count + ")");
        }
        if (count != null && count < 1) {
            throw RecurrenceException.invalid("COUNT must be at least 1");
        }
        if (rule.getInterval() > 10_000) {
            throw RecurrenceException.invalid("INTERVAL must be at most 10000");
        }
        DateTime until = rule.getUntil();
        if (until != null) {
            LocalDate untilDate = LocalDate.of(until.getYear(), until.getMonth() + 1, until.getDayOfMonth());
            if (start.allDay()) {
                if (!until.isAllDay()) {
                    rule.setUntil(new DateTime(until.getYear(), until.getMonth(), until.getDayOfMonth()));
                }
                if (untilDate.isBefore(start.date())) {
                    throw untilBeforeStart(untilDate, start);
                }
            } else {
                LocalDateTime untilUtc = until.isAllDay()
                        ? untilDate
                                .atTime(LocalTime.of(23, 59, 59))
                                .atZone(zone)
                                .withZoneSameInstant(ZoneOffset.UTC)
                                .toLocalDateTime()
                        : LocalDateTime.ofEpochSecond(until.getTimestamp() / 1000, 0, ZoneOffset.UTC);
                rule.setUntil(new DateTime(
                        DateTime.UTC,
                        untilUtc.getYear(),
                        untilUtc.getMonthValue() - 1,
                        untilUtc.getDayOfMonth(),
                        untilUtc.getHour(),
                        untilUtc.getMinute(),
                        untilUtc.getSecond()));
                if (untilUtc.toInstant(ZoneOffset.UTC).isBefore(start.at(zone).toInstant())) {
                    throw untilBeforeStart(untilDate, start);
                }
            }
        }
        return rule;
    }

    private static RecurrenceException untilBeforeStart(LocalDate until, Occurrence start) {
        return RecurrenceException.invalid("the recurrence ends (" + until + ") before it starts (" + start + ")");
    }
}
