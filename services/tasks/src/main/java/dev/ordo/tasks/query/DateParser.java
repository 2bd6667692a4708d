package dev.ordo.tasks.query;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date after {@code due before:} / {@code due after:}; see {@link FilterParser} for the forms. */
final class DateParser {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ tT](\\d{1,2}):(\\d{2}))?");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(" + CalendarWords.MONTH_PATTERN + ")\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s*(" + CalendarWords.MONTH_PATTERN + ")\\.?(?:,?\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE =
            Pattern.compile("([+-])\\s*(\\d{1,5})\\s*(h|hours?|d|days?|w|weeks?)", Pattern.CASE_INSENSITIVE);

    private DateParser() {}

    /** @param at the query offset where {@code written} starts, for error positions */
    static DateRef parse(String written, int at) {
        String word = written.toLowerCase(Locale.ROOT);
        switch (word) {
            case "today" -> {
                return new DateRef.DaysFromToday(0);
            }
            case "tomorrow" -> {
                return new DateRef.DaysFromToday(1);
            }
            case "yesterday" -> {
                return new DateRef.DaysFromToday(-1);
            }
            case "now" -> {
                return new DateRef.HoursFromNow(0);
            }
            default -> {}
        }
        Optional<DayOfWeek> weekday = CalendarWords.weekday(word);
        if (weekday.isPresent()) {
            return new DateRef.NextWeekday(weekday.get());
        }
        Matcher m;
        if ((m = ISO.matcher(written)).matches()) {
            return iso(m, written, at);
        }
        if ((m = MONTH_FIRST.matcher(written)).matches()) {
            return monthDay(CalendarWords.month(m.group(1)).orElseThrow(), m.group(2), m.group(3), written, at);
        }
        if ((m = DAY_FIRST.matcher(written)).matches()) {
            return monthDay(CalendarWords.month(m.group(2)).orElseThrow(), m.group(1), m.group(3), written, at);
        }
        if ((m = RELATIVE.matcher(written)).matches()) {
            return relative(m, written, at);
        }
        throw new FilterSyntaxException(
                "unknown date '" + written + "'", at, "use e.g. 2026-12-05, Dec 5, friday, today, +3d or +24h");
    }

    private static DateRef iso(Matcher m, String written, int at) {
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return new DateRef.OnDate(date);
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return new DateRef.AtDateTime(LocalDateTime.of(date, time));
        } catch (DateTimeException e) {
            throw new FilterSyntaxException("no such date or time '" + written + "'", at);
        }
    }

    private static DateRef monthDay(Month month, String day, String year, String written, int at) {
        MonthDay monthDay = CalendarWords.monthDay(month, Integer.parseInt(day))
                .orElseThrow(() -> new FilterSyntaxException("no such date '" + written + "'", at));
        if (year == null) {
            return new DateRef.NextMonthDay(monthDay);
        }
        if (!monthDay.isValidYear(Integer.parseInt(year))) {
            throw new FilterSyntaxException("no such date '" + written + "'", at);
        }
        return new DateRef.OnDate(monthDay.atYear(Integer.parseInt(year)));
    }

    private static DateRef relative(Matcher m, String written, int at) {
        int amount = Integer.parseInt(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
        return switch (Character.toLowerCase(m.group(3).charAt(0))) {
            case 'h' -> new DateRef.HoursFromNow(amount);
            case 'd' -> days(amount, written, at);
            default -> days(amount * 7, written, at);
        };
    }

    private static DateRef days(int days, String written, int at) {
        if (Math.abs(days) > 36_600) {
            throw new FilterSyntaxException("'" + written + "' is too far away", at, "at most 100 years");
        }
        return new DateRef.DaysFromToday(days);
    }
}
