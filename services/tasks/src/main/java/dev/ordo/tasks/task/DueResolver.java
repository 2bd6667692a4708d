package dev.ordo.tasks.task;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.tasks.access.UserReplicas;
import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.quickadd.QuickAddParser;
import dev.ordo.tasks.recur.Recurrence;
import dev.ordo.tasks.recur.RecurrenceException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Resolves a due as a client gives it into the stored one, in the caller's time zone unless told otherwise. */
@Component
class DueResolver {

    private final UserReplicas users;
    private final Clock clock;

    DueResolver(UserReplicas users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /**
     * The due asked for: in words ({@code string}), or a date or moment, made the start of a {@code recurrence}
     * when one is given (then the due is its first occurrence on or after that start).
     */
    Due resolve(DueRequest request, UUID caller) {
        if (request.string() != null) {
            if (request.date() != null
                    || request.datetime() != null
                    || request.recurrence() != null
                    || request.fromCompletion() != null) {
                throw new InvalidInput("'due.string' is the whole due (with 'due.timezone' at most): send it alone, "
                        + "or date, datetime and recurrence without it.");
            }
            ZoneId zone = request.timezone() == null ? users.zoneOf(caller) : zone(request.timezone());
            return QuickAddParser.parseDue(request.string(), zone, clock.instant());
        }
        Due plain = plain(request, caller);
        if (request.recurrence() == null) {
            if (Boolean.TRUE.equals(request.fromCompletion())) {
                throw new InvalidInput("'due.fromCompletion' goes with a 'due.recurrence'.");
            }
            return plain;
        }
        boolean fromCompletion = Boolean.TRUE.equals(request.fromCompletion());
        Recurrence recurrence = plain.hasTime()
                ? Recurrence.of(
                        request.recurrence(),
                        plain.date(),
                        plain.datetime().atZone(plain.timezone()).toLocalTime(),
                        plain.timezone())
                : Recurrence.of(request.recurrence(), plain.date(), null, users.zoneOf(caller));
        if (fromCompletion && recurrence.counted()) {
            throw RecurrenceException.invalid("a recurrence counted from completion takes UNTIL, not COUNT");
        }
        return recurrence.due(recurrence.start(), fromCompletion, null);
    }

    private Due plain(DueRequest request, UUID caller) {
        if (request.datetime() == null) {
            if (request.date() == null) {
                throw new InvalidInput("'due' needs a date ({date}) or a moment ({datetime, timezone}).");
            }
            if (request.timezone() != null) {
                throw new InvalidInput("'due.timezone' goes with 'due.datetime'; a date alone has none.");
            }
            return new Due(request.date(), null, null);
        }
        ZoneId zone = request.timezone() == null ? users.zoneOf(caller) : zone(request.timezone());
        Instant at = instant(request.datetime(), zone).truncatedTo(ChronoUnit.SECONDS);
        LocalDate date = LocalDate.ofInstant(at, zone);
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new InvalidInput(
                    "'due.datetime' must fall in the years 1 to 9999 (was '" + request.datetime() + "').");
        }
        if (request.date() != null && !request.date().equals(date)) {
            throw new InvalidInput("'due.date' (" + request.date() + ") is not the date of 'due.datetime' in "
                    + zone.getId() + " (" + date + "); send one of them.");
        }
        return new Due(date, at, zone);
    }

    private static Instant instant(String datetime, ZoneId zone) {
        try {
            return OffsetDateTime.parse(datetime.strip()).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(datetime.strip()).atZone(zone).toInstant();
            } catch (DateTimeException e) { // not ISO-8601, or beyond what a date can be
                throw new InvalidInput("'due.datetime' must be ISO-8601, e.g. 2026-03-01T17:00:00 or "
                        + "2026-03-01T16:00:00Z (was '" + datetime + "').");
            }
        }
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new InvalidInput(
                    "'due.timezone' must be an IANA time zone such as Europe/Zurich (was '" + id + "').");
        }
    }
}
