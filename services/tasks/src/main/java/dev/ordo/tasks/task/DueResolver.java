package dev.ordo.tasks.task;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.tasks.access.UserReplicas;
import dev.ordo.tasks.query.Due;
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

    DueResolver(UserReplicas users) {
        this.users = users;
    }

    Due resolve(DueRequest request, UUID caller) {
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
