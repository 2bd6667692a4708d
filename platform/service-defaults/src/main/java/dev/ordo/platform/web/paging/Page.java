package dev.ordo.platform.web.paging;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A page of a list, as every Ordo list answers: the items and the cursor of the next page (null at the end). */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

    /**
     * @param rows   up to {@link PageQuery#fetchSize()} rows in list order
     * @param cursor the cursor that continues after a row
     */
    public static <R> Page<R> of(List<R> rows, PageQuery query, Function<R, Cursor> cursor) {
        if (rows.size() <= query.limit()) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<R> page = List.copyOf(rows.subList(0, query.limit()));
        return new Page<>(page, cursor.apply(page.getLast()).encode());
    }

    public <U> Page<U> map(Function<T, U> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
