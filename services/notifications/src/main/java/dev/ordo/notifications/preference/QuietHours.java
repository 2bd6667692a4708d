package dev.ordo.notifications.preference;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A daily span in the user's zone in which no email or push goes out; it may run past midnight (22:00–07:00). */
record QuietHours(LocalTime start, LocalTime end) {

    /** {@code now}, or the instant the quiet hours that hold {@code now} end, in {@code zone}. */
    Instant deferred(Instant now, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalTime t = local.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight ? !t.isBefore(start) || t.isBefore(end) : !t.isBefore(start) && t.isBefore(end);
        if (!quiet) {
            return now;
        }
        var day = overnight && !t.isBefore(start) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        // ZonedDateTime moves an end that falls in a DST gap to just after it
        return ZonedDateTime.of(day, end, zone).toInstant();
    }
}
