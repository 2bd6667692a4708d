package dev.ordo.calendar.recurrence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recurring task's rule as the tasks service writes it ({@code TaskState.recurrence}): a
 * {@code DTSTART;TZID=<zone>:<local>} (or {@code DTSTART;VALUE=DATE:<yyyymmdd>}, or {@code DTSTART:<utc>Z}) line
 * and an {@code RRULE:} line.
 *
 * @param series the task's occurrences, in {@code zone} (dates for a task due on days)
 * @param zone   the zone of the local starts (UTC for dates: a date is the same everywhere)
 */
public record TaskRecurrence(Series series, ZoneId zone) {

    private static final Pattern DTSTART =
            Pattern.compile("DTSTART(?:;TZID=([^:;]+)|;VALUE=DATE)?:(\\d{8})(?:T(\\d{6})(Z?))?");
    private static final Pattern RRULE = Pattern.compile("RRULE:(\\S+)");
    private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    /** The rule in {@code text}, or empty when it is not one (an event of a newer tasks service, a typo). */
    public static Optional<TaskRecurrence> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher start = DTSTART.matcher(text);
        Matcher rule = RRULE.matcher(text);
        if (!start.find() || !rule.find()) {
            return Optional.empty();
        }
        try {
            ZoneId zone = start.group(1) == null ? ZoneOffset.UTC : ZoneId.of(start.group(1));
            Temporal first;
            if (start.group(3) == null) {
                first = LocalDate.parse(start.group(2), DateTimeFormatter.BASIC_ISO_DATE);
            } else {
                LocalDateTime local = LocalDateTime.parse(start.group(2) + start.group(3), BASIC_DATE_TIME);
                if (!start.group(4).isEmpty() && start.group(1) == null) {
                    zone = ZoneOffset.UTC;
                }
                first = local;
            }
            return Optional.of(new TaskRecurrence(
                    new Series(first, Rule.parse(rule.group(1), "recurrence"), zone, "recurrence"), zone));
        } catch (DateTimeException | dev.ordo.platform.problems.InvalidInput e) {
            return Optional.empty();
        }
    }
}
