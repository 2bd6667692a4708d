package dev.ordo.tasks.web;

import dev.ordo.platform.web.ApiException;
import java.util.List;

/**
 * Which page a client asks for: after the position the cursor holds ({@code null} for the first page), at
 * most {@code limit} items.
 */
public record PageQuery(List<String> after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** From the {@code cursor} and {@code limit} request parameters; 400 when either is not acceptable. */
    public static PageQuery of(String cursor, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.badRequest("'limit' must be between 1 and " + MAX_LIMIT + ".");
        }
        return new PageQuery(cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor), size);
    }

    /** The cursor's parts, checked to be as many as this list writes; 400 otherwise. */
    public List<String> after(int parts) {
        if (after != null && after.size() != parts) {
            throw Cursor.invalid();
        }
        return after;
    }

    /**
     * The cursor's parts, checked to be as many as {@code types} and each a value of its SQL type (bigint,
     * smallint, double precision, timestamptz, uuid, text), so that a forged cursor is a 400 and never a
     * failed cast in the database.
     */
    public List<String> after(String... types) {
        List<String> parts = after(types.length);
        if (parts != null) {
            for (int i = 0; i < types.length; i++) {
                Cursor.check(parts.get(i), types[i]);
            }
        }
        return parts;
    }

    public boolean first() {
        return after == null;
    }

    /** Rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
