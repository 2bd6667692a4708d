package dev.ordo.tasks.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The English calendar words both the filter language and quick add understand, and the "next
 * occurrence" rules they share, so "friday" and "Dec 5" mean the same thing everywhere.
 */
public final class CalendarWords {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY),
            Map.entry("january", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY),
            Map.entry("february", Month.FEBRUARY),
            Map.entry("mar", Month.MARCH),
            Map.entry("march", Month.MARCH),
            Map.entry("apr", Month.APRIL),
            Map.entry("april", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("jun", Month.JUNE),
            Map.entry("june", Month.JUNE),
            Map.entry("jul", Month.JULY),
            Map.entry("july", Month.JULY),
            Map.entry("aug", Month.AUGUST),
            Map.entry("august", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER),
            Map.entry("sept", Month.SEPTEMBER),
            Map.entry("september", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER),
            Map.entry("october", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER),
            Map.entry("november", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER),
            Map.entry("december", Month.DECEMBER));

    /** A regex alternation of every month word, longest first so "june" wins over "jun". */
    public static final String MONTH_PATTERN =
            "january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    /** A regex alternation of the full weekday names. */
    public static final String WEEKDAY_PATTERN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    /** A regex alternation of every weekday word, full names and abbreviations, longest first. */
    public static final String ANY_WEEKDAY_PATTERN = WEEKDAY_PATTERN + "|tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun";

    private CalendarWords() {}

    public static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(word.toLowerCase(Locale.ROOT)));
    }

    public static Optional<Month> month(String word) {
        return Optional.ofNullable(MONTHS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The first such weekday strictly after today: "friday" said on a Friday means a week later. */
    public static LocalDate nextWeekday(LocalDate today, DayOfWeek day) {
        return today.with(TemporalAdjusters.next(day));
    }

    /** "Next week" is the Monday that starts it. */
    public static LocalDate nextWeek(LocalDate today) {
        return nextWeekday(today, DayOfWeek.MONDAY);
    }

    /**
     * The next time the calendar shows this month and day, today included: "Dec 5" said on Dec 6 is next
     * year's; "Feb 29" waits for a leap year.
     */
    public static LocalDate nextMonthDay(LocalDate today, MonthDay monthDay) {
        for (int year = today.getYear(); ; year++) {
            if (monthDay.isValidYear(year)) {
                LocalDate candidate = monthDay.atYear(year);
                if (!candidate.isBefore(today)) {
                    return candidate;
                }
            }
        }
    }

    /** A month and day that exists in some year (Feb 29 does, Feb 30 does not). */
    public static Optional<MonthDay> monthDay(Month month, int day) {
        if (day < 1 || day > month.maxLength()) {
            return Optional.empty();
        }
        return Optional.of(MonthDay.of(month, day));
    }
}
