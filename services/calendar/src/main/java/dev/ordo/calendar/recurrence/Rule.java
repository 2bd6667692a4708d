package dev.ordo.calendar.recurrence;

import dev.ordo.platform.problems.InvalidInput;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;

/**
 * An RFC 5545 recurrence rule ({@code FREQ=WEEKLY;BYDAY=MO;COUNT=4}), checked: it parses, repeats no faster than
 * hourly, has at most {@value #MAX_COUNT} occurrences when counted, and its {@code UNTIL} is not before the start.
 * {@code UNTIL} is kept apart, as a local date-time in the series' zone (or a date for all-day series), so that
 * expansion (ical4j's) compares like with like; {@link #text()} writes the rule as it was given.
 */
public final class Rule {

    public static final int MAX_COUNT = 1000;
    private static final int MAX_LENGTH = 500;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9=;,+\\-]+");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private final String text;
    private final String withoutUntil;
    private final Integer count;
    private final String untilText;

    private Rule(String text, String withoutUntil, Integer count, String untilText) {
        this.text = text;
        this.withoutUntil = withoutUntil;
        this.count = count;
        this.untilText = untilText;
    }

    /**
     * The rule in {@code text} (with or without the {@code RRULE:} prefix).
     *
     * @throws InvalidInput naming {@code field} when it is no rule this service expands
     */
    public static Rule parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw invalid(field, "is empty");
        }
        String rule = text.strip();
        if (rule.regionMatches(true, 0, "RRULE:", 0, 6)) {
            rule = rule.substring(6);
        }
        if (rule.length() > MAX_LENGTH || !SHAPE.matcher(rule).matches()) {
            throw invalid(field, "is not an RRULE such as FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10");
        }
        rule = rule.toUpperCase(Locale.ROOT);
        List<String> kept = new ArrayList<>();
        String until = null;
        Integer count = null;
        boolean freq = false;
        for (String part : rule.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw invalid(field, "has a part that is not NAME=VALUE: '" + part + "'");
            }
            String name = part.substring(0, eq);
            String value = part.substring(eq + 1);
            switch (name) {
                case "UNTIL" -> {
                    if (until != null) {
                        throw invalid(field, "has UNTIL twice");
                    }
                    until = value;
                    continue;
                }
                case "COUNT" -> count = number(value, field, "COUNT");
                case "INTERVAL" -> number(value, field, "INTERVAL");
                case "FREQ" -> {
                    freq = true;
                    if (value.equals("SECONDLY") || value.equals("MINUTELY")) {
                        throw invalid(field, "repeats more often than hourly");
                    }
                }
                case "RSCALE", "SKIP" -> throw invalid(field, "uses " + name + ", which is not supported");
                default -> {}
            }
            kept.add(part);
        }
        if (!freq) {
            throw invalid(field, "has no FREQ");
        }
        if (count != null && until != null) {
            throw invalid(field, "has both COUNT and UNTIL");
        }
        if (count != null && (count < 1 || count > MAX_COUNT)) {
            throw invalid(field, "asks for " + count + " occurrences; COUNT must be 1 to " + MAX_COUNT);
        }
        String withoutUntil = String.join(";", kept);
        try {
            // parsed, and tried on a few starts of both kinds: ical4j refuses some rules only when expanding them
            Recur<Temporal> recur = new Recur<>(withoutUntil, false);
            LocalDateTime seed = LocalDateTime.of(2024, 1, 31, 9, 0);
            recur.getDates(seed, seed, seed.plusYears(2), 20);
            recur.getDates(
                    seed.toLocalDate(), seed.toLocalDate(), seed.toLocalDate().plusYears(2), 20);
        } catch (RuntimeException e) {
            throw invalid(field, "is not a valid RRULE (" + e.getMessage() + ")");
        }
        return new Rule(rule, withoutUntil, count, until);
    }

    private static int number(String value, String field, String name) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw invalid(field, "has " + name + " below 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(field, "has a " + name + " that is not a number");
        }
    }

    static InvalidInput invalid(String field, String why) {
        return (InvalidInput) new InvalidInput("'" + field + "' " + why + ".").with("field", field);
    }

    /** The rule as given, without prefix, upper case. */
    public String text() {
        return text;
    }

    /** The rule ical4j expands: without UNTIL, which {@link Series} applies itself. */
    Recur<Temporal> recur() {
        return new Recur<>(withoutUntil, false);
    }

    /** COUNT, or null. */
    public Integer count() {
        return count;
    }

    public boolean bounded() {
        return count != null || untilText != null;
    }

    /**
     * The last local start the rule allows, for a series whose starts are local date-times in {@code zone}
     * ({@code allDay}: dates); null when the rule has no UNTIL.
     */
    Temporal until(boolean allDay, ZoneId zone, String field) {
        if (untilText == null) {
            return null;
        }
        try {
            if (untilText.length() == 8) {
                LocalDate date = LocalDate.parse(untilText, BASIC_DATE);
                return allDay ? date : date.atTime(23, 59, 59);
            }
            if (untilText.endsWith("Z")) {
                LocalDateTime utc =
                        LocalDateTime.parse(untilText.substring(0, untilText.length() - 1), BASIC_DATE_TIME);
                LocalDateTime local =
                        utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
                return allDay ? local.toLocalDate() : local;
            }
            LocalDateTime local = LocalDateTime.parse(untilText, BASIC_DATE_TIME);
            return allDay ? local.toLocalDate() : local;
        } catch (DateTimeParseException e) {
            throw invalid(field, "has an UNTIL that is no date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSSZ)");
        }
    }

    /** This rule with COUNT (and UNTIL) replaced by {@code count}. */
    public Rule withCount(int count) {
        List<String> parts = new ArrayList<>();
        for (String part : withoutUntil.split(";")) {
            if (!part.startsWith("COUNT=")) {
                parts.add(part);
            }
        }
        parts.add("COUNT=" + count);
        return parse(String.join(";", parts), "recurrence");
    }

    /** This rule ending at {@code until} (UTC), for writing to iCalendar where DTSTART has a zone. */
    public String withUtcUntil(java.time.Instant until) {
        return replaceEnd("UNTIL=" + BASIC_DATE_TIME.format(LocalDateTime.ofInstant(until, ZoneOffset.UTC)) + "Z");
    }

    /** This rule ending at {@code until} (a date), for all-day series. */
    public String withDateUntil(LocalDate until) {
        return replaceEnd("UNTIL=" + BASIC_DATE.format(until));
    }

    private String replaceEnd(String end) {
        List<String> parts = new ArrayList<>();
        for (String part : withoutUntil.split(";")) {
            if (!part.startsWith("COUNT=")) {
                parts.add(part);
            }
        }
        parts.add(end);
        return String.join(";", parts);
    }

    /** Whether the rule's UNTIL is written in UTC (as RFC 5545 wants with a zoned DTSTART). */
    public boolean untilInUtc() {
        return untilText != null && untilText.endsWith("Z");
    }

    @Override
    public String toString() {
        return text;
    }
}
