package dev.ordo.tasks.query;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A date as written in a filter ({@code due before: <date>}). It stays unresolved in the AST because a
 * saved filter or a priority rule is parsed once and evaluated many times: "today" and "+24h" mean
 * something new at every evaluation.
 */
public sealed interface DateRef {

    /** What the reference means for someone in {@code zone} at {@code now}. */
    Point resolve(ZoneId zone, Instant now);

    /** The canonical way to write it in a query. */
    String text();

    /** A resolved reference: a whole day in the caller's zone, or an exact instant. */
    sealed interface Point {}

    record WholeDay(LocalDate date) implements Point {}

    record Moment(Instant instant) implements Point {}

    /** today (0), tomorrow (1), yesterday (-1), {@code +3d}, {@code -2d}, {@code +2w}. */
    record DaysFromToday(int days) implements DateRef {
        @Override
        public Point resolve(ZoneId zone, Instant now) {
            return new WholeDay(LocalDate.ofInstant(now, zone).plusDays(days));
        }

        @Override
        public String text() {
            return switch (days) {
                case 0 -> "today";
                case 1 -> "tomorrow";
                case -1 -> "yesterday";
                default -> (days > 0 ? "+" : "") + days + "d";
            };
        }
    }

    /** {@code +24h}, {@code -2h}: an exact instant, so tasks are compared as instants against it. */
    record HoursFromNow(long hours) implements DateRef {
        @Override
        public Point resolve(ZoneId zone, Instant now) {
            return new Moment(now.plus(Duration.ofHours(hours)));
        }

        @Override
        public String text() {
            return (hours >= 0 ? "+" : "") + hours + "h";
        }
    }

    /** {@code 2026-12-05}. */
    record OnDate(LocalDate date) implements DateRef {
        @Override
        public Point resolve(ZoneId zone, Instant now) {
            return new WholeDay(date);
        }

        @Override
        public String text() {
            return date.toString();
        }
    }

    /** {@code 2026-12-05 17:30}: a wall-clock time in the caller's zone. */
    record AtDateTime(LocalDateTime dateTime) implements DateRef {
        @Override
        public Point resolve(ZoneId zone, Instant now) {
            return new Moment(dateTime.atZone(zone).toInstant());
        }

        @Override
        public String text() {
            return dateTime.toLocalDate() + " " + dateTime.toLocalTime();
        }
    }

    /** {@code friday}: the first Friday after today. */
    record NextWeekday(DayOfWeek day) implements DateRef {
        @Override
        public Point resolve(ZoneId zone, Instant now) {
            return new WholeDay(CalendarWords.nextWeekday(LocalDate.ofInstant(now, zone), day));
        }

        @Override
        public String text() {
            return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        }
    }

    /** {@code Dec 5}: its next occurrence, today included. */
    record NextMonthDay(MonthDay monthDay) implements DateRef {
        @Override
        public Point resolve(ZoneId zone, Instant now) {
            return new WholeDay(CalendarWords.nextMonthDay(LocalDate.ofInstant(now, zone), monthDay));
        }

        @Override
        public String text() {
            return monthDay.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + monthDay.getDayOfMonth();
        }
    }
}
