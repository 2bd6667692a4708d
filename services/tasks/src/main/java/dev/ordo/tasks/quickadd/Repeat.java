package dev.ordo.tasks.quickadd;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An "every …" phrase as read: the RRULE of its pattern ({@code FREQ=…}, without the {@code UNTIL} or
 * {@code COUNT} its words may add), and what else it said: a start date ("starting …"), a time of day, an end
 * date ("until …"), a number of times ("for 10 times"), and whether it counts from completion ({@code every!}).
 * Each of these is null when the phrase does not say it.
 */
public record Repeat(
        String rule, LocalDate start, LocalTime time, LocalDate until, Integer count, boolean fromCompletion) {

    /** The whole RRULE: the pattern with its UNTIL (a date) and COUNT. */
    public String rrule() {
        StringBuilder r = new StringBuilder(rule);
        if (until != null) {
            r.append(";UNTIL=").append(java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(until));
        }
        if (count != null) {
            r.append(";COUNT=").append(count);
        }
        return r.toString();
    }
}
