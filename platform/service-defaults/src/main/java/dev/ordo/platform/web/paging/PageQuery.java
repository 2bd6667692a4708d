package dev.ordo.platform.web.paging;

import dev.ordo.platform.problems.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Which page a client asks for: after the position the {@code cursor} holds ({@code null} for the first
 * page), at most {@code limit} items (default {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT}).
 *
 * <pre>{@code
 * PageQuery query = PageQuery.of(cursor, limit);            // from the request parameters
 * Position after = query.after(2, c -> new Position(c.instant(0), c.uuid(1)));
 * List<Row> rows = ... limit query.fetchSize() ...;
 * return Page.of(rows, query, row -> Cursor.of(row.at(), row.id()));
 * }</pre>
 */
public record PageQuery(Cursor cursor, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** From the {@code cursor} and {@code limit} request parameters; 400 when either is not acceptable. */
    public static PageQuery of(String cursor, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInput("'limit' must be between 1 and " + MAX_LIMIT + ".");
        }
        return new PageQuery(cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor), size);
    }

    public boolean first() {
        return cursor == null;
    }

    /**
     * The position the cursor holds, read by {@code reader} from exactly {@code parts} parts; {@code null}
     * for the first page. A cursor of another shape, or one {@code reader} cannot read, is a 400.
     */
    public <P> P after(int parts, Function<Cursor, P> reader) {
        if (cursor == null) {
            return null;
        }
        if (cursor.size() != parts) {
            throw Cursor.invalid();
        }
        try {
            return reader.apply(cursor);
        } catch (InvalidInput e) {
            throw e;
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }

    /**
     * The cursor's parts, checked to be as many as {@code sqlTypes} and each a value of its SQL type (see
     * {@link Cursor#sql}); {@code null} for the first page.
     */
    public List<String> after(String... sqlTypes) {
        return after(sqlTypes.length, c -> {
            List<String> values = new ArrayList<>(sqlTypes.length);
            for (int i = 0; i < sqlTypes.length; i++) {
                values.add(c.sql(i, sqlTypes[i]));
            }
            return values;
        });
    }

    /** Rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
