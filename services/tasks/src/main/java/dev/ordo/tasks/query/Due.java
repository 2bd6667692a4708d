package dev.ordo.tasks.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a task is due: always a local {@code date}; a {@code datetime} and the {@code timezone} it was
 * given in only when the due has a time of day (they are both set or both null).
 */
public record Due(LocalDate date, Instant datetime, ZoneId timezone) {

    public Due {
        Objects.requireNonNull(date, "date");
        if ((datetime == null) != (timezone == null)) {
            throw new IllegalArgumentException("a due time needs its time zone, and a time zone needs a time");
        }
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
}
