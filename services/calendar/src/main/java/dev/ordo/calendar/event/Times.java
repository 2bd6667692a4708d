package dev.ordo.calendar.event;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.input.InputRules;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;

/**
 * How an event's times are written: a local date-time ({@code 2026-12-01T09:00}) in the event's zone, or a date
 * ({@code 2026-12-01}) when it lasts all day. Seconds are kept when given, nothing finer.
 */
public final class Times {

    private Times() {}

    /** @throws InvalidInput naming {@code field} when {@code text} is not of the kind {@code allDay} asks for */
    public static Temporal parse(String text, boolean allDay, String field) {
        if (text == null) {
            throw new InvalidInput("'" + field + "' is required.");
        }
        try {
            Temporal t =
                    allDay ? LocalDate.parse(text) : LocalDateTime.parse(text).truncatedTo(ChronoUnit.SECONDS);
            if (!InputRules.isWithinYears(t instanceof LocalDate d ? d : ((LocalDateTime) t).toLocalDate())) {
                throw new InvalidInput("'" + field + "': " + InputRules.DATE_RULE);
            }
            return t;
        } catch (DateTimeParseException e) {
            throw new InvalidInput("'" + field + "' must be "
                    + (allDay ? "a date (2026-12-01) for an all-day event" : "a local date-time (2026-12-01T09:00)")
                    + ".");
        }
    }

    public static String format(Temporal t) {
        return t == null ? null : t.toString();
    }

    public static ZoneId zone(String name, String field) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new InvalidInput("'" + field + "' is not a time zone (Europe/Paris, UTC).");
        }
    }

    /** The same kind of time as {@code like}: a date becomes a date-time at midnight and back. */
    static Temporal asKind(Temporal t, boolean allDay) {
        if (allDay) {
            return t instanceof LocalDateTime dt ? dt.toLocalDate() : t;
        }
        return t instanceof LocalDate d ? d.atStartOfDay() : t;
    }

    static LocalDateTime toDateTime(Temporal t) {
        return t instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) t;
    }
}
