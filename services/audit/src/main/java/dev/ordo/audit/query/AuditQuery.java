package dev.ordo.audit.query;

import dev.ordo.audit.trail.Position;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.PageQuery;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;

/**
 * A query on the trail as the client asked it, checked: blank parameters count as absent, anything
 * malformed is a 400.
 *
 * @param actor a user id, or {@code null} for "whoever the caller may see"
 * @param from  inclusive
 * @param to    exclusive
 * @param page  which page: its cursor was checked to hold a position of this trail
 */
record AuditQuery(String type, String entity, UUID actor, Instant from, Instant to, PageQuery page) {

    static final int DEFAULT_LIMIT = PageQuery.DEFAULT_LIMIT;
    static final int MAX_LIMIT = PageQuery.MAX_LIMIT;
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

    static AuditQuery parse(
            String type, String entity, String actor, String from, String to, String cursor, String limit) {
        Instant fromInstant = instant("from", from);
        Instant toInstant = instant("to", to);
        if (fromInstant != null && toInstant != null && fromInstant.isAfter(toInstant)) {
            throw new InvalidInput("'from' must not be after 'to'.");
        }
        AuditQuery query = new AuditQuery(
                blankToNull(type),
                blankToNull(entity),
                userId(actor),
                fromInstant,
                toInstant,
                PageQuery.of(cursor, limit(limit)));
        query.after(); // a cursor that holds no position is a 400 now, before anything is read
        return query;
    }

    /** Where the previous page ended, or {@code null} for the first page. */
    Position after() {
        return page.after(2, c -> new Position(c.instant(0), c.uuid(1)));
    }

    int limit() {
        return page.limit();
    }

    private static int limit(String value) {
        if (blankToNull(value) == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw new InvalidInput("'limit' must be a whole number from 1 to " + MAX_LIMIT + ".");
    }

    private static Instant instant(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            // An unencoded '+' of an offset arrives as a space.
            Instant instant = Instant.parse(value.strip().replace(' ', '+'));
            if (inRange(instant)) {
                return instant;
            }
        } catch (DateTimeException e) {
            // answered below, like an instant out of range
        }
        throw new InvalidInput(
                "'" + name + "' must be an ISO-8601 instant in the years 1 to 9999 such as " + "2025-01-31T12:00:00Z.");
    }

    /** Within the years 1 to 9999, which every date and time of the API keeps to (and the database can hold). */
    private static boolean inRange(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
    }

    /** Where the page after one ending with {@code last} starts; {@link #parse} reads it back. */
    static Cursor cursorAfter(Position last) {
        return Cursor.of(last.occurredAt(), last.id());
    }

    private static UUID userId(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("'actor' must be a user id (UUID).");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
