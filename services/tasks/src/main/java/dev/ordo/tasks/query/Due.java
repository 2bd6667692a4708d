package dev.ordo.tasks.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a task is due: always a local {@code date}; a {@code datetime} and the {@code timezone} it was
 * given in only when the due has a time of day (they are both set or both null). A recurring due also has its
 * {@code recurrence} (RFC 5545 text: a {@code DTSTART} line and an {@code RRULE} line, see
 * {@code dev.ordo.tasks.recur.Recurrence}) and whether the next occurrence counts from completion
 * ({@code fromCompletion}, Todoist's {@code every!}); the date and time are then its current occurrence.
 * {@code string} is the words the due was given in, when it was given in words.
 */
public record Due(
        LocalDate date, Instant datetime, ZoneId timezone, String string, String recurrence, boolean fromCompletion) {

    public Due {
        Objects.requireNonNull(date, "date");
        if ((datetime == null) != (timezone == null)) {
            throw new IllegalArgumentException("a due time needs its time zone, and a time zone needs a time");
        }
        if (fromCompletion && recurrence == null) {
            throw new IllegalArgumentException("only a recurring due counts from completion");
        }
    }

    public Due(LocalDate date, Instant datetime, ZoneId timezone) {
        this(date, datetime, timezone, null, null, false);
    }

    public static Due on(LocalDate date) {
        return new Due(date, null, null);
    }

    public static Due at(ZonedDateTime time) {
        return new Due(time.toLocalDate(), time.toInstant(), time.getZone());
    }

    public boolean hasTime() {
        return datetime != null;
    }

    public boolean recurring() {
        return recurrence != null;
    }

    /** The same due in other words. */
    public Due withString(String words) {
        return new Due(date, datetime, timezone, words, recurrence, fromCompletion);
    }
}
