package dev.ordo.projects.web;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A page of a list, as every Ordo list answers: the items and the cursor of the next page (null at the end). */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

    /**
     * @param rows     up to {@link PageQuery#fetchSize()} rows in list order
     * @param position where a row sits, to make the next cursor from the page's last row
     */
    public static <R> Page<R> of(List<R> rows, PageQuery query, Function<R, Position> position) {
        if (rows.size() <= query.limit()) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<R> page = List.copyOf(rows.subList(0, query.limit()));
        return new Page<>(page, Cursor.encode(position.apply(page.getLast())));
    }

    public <U> Page<U> map(Function<T, U> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
