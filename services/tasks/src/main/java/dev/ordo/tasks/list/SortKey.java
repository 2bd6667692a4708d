package dev.ordo.tasks.list;

/**
 * One key of a list's order: a SQL expression over alias {@code t} that is never null (so keyset
 * comparisons work), the type its cursor value is cast back to, and the direction.
 */
record SortKey(String sql, String type, boolean descending) {

    static SortKey ascending(String sql, String type) {
        return new SortKey(sql, type, false);
    }

    static SortKey descending(String sql, String type) {
        return new SortKey(sql, type, true);
    }
}
