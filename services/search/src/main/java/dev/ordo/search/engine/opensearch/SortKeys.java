package dev.ordo.search.engine.opensearch;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.paging.Cursor;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;

/**
 * The hits' order and the keys that continue it ({@code search_after}): open before closed, then relevance, then the
 * more recently updated, then the id, so every hit has a place of its own and pages never repeat or skip one. A key
 * is the four sort values as text; one that does not read back as such is refused as an invalid cursor, so nothing a
 * client makes up reaches the cluster.
 */
final class SortKeys {

    private SortKeys() {}

    static List<SortOptions> order() {
        return List.of(
                SortOptions.of(s -> s.field(f -> f.field(IndexedDocuments.OPEN).order(SortOrder.Desc))),
                SortOptions.of(s -> s.score(c -> c.order(SortOrder.Desc))),
                SortOptions.of(
                        s -> s.field(f -> f.field(IndexedDocuments.UPDATED_AT).order(SortOrder.Desc))),
                SortOptions.of(
                        s -> s.field(f -> f.field(IndexedDocuments.DOC_ID).order(SortOrder.Asc))));
    }

    /** The key of a hit, from the sort values the cluster gave it. */
    static List<String> key(List<FieldValue> sortValues) {
        if (sortValues.size() != 4) {
            throw new IllegalStateException("expected 4 sort values, got " + sortValues);
        }
        return List.of(
                Long.toString(number(sortValues.get(0))),
                Double.toString(decimal(sortValues.get(1))),
                Long.toString(number(sortValues.get(2))),
                sortValues.get(3).stringValue());
    }

    /** The relevance part of a key. */
    static double score(List<String> key) {
        return Double.parseDouble(key.get(1));
    }

    /** The {@code search_after} values for a key handed back by a client. */
    static @Nullable List<FieldValue> after(@Nullable List<String> key) {
        if (key == null) {
            return null;
        }
        if (key.size() != 4) {
            throw invalid();
        }
        try {
            long open = Long.parseLong(key.get(0));
            double score = Double.parseDouble(key.get(1));
            long updatedAt = Long.parseLong(key.get(2));
            UUID id = UUID.fromString(key.get(3));
            if ((open != 0 && open != 1) || !Double.isFinite(score)) {
                throw invalid();
            }
            return List.of(
                    FieldValue.of(open), FieldValue.of(score), FieldValue.of(updatedAt), FieldValue.of(id.toString()));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static long number(FieldValue value) {
        if (value.isLong()) {
            return value.longValue();
        }
        if (value.isDouble()) {
            return (long) value.doubleValue();
        }
        return Long.parseLong(value._toJsonString());
    }

    private static double decimal(FieldValue value) {
        if (value.isDouble()) {
            return value.doubleValue();
        }
        if (value.isLong()) {
            return value.longValue();
        }
        return Double.parseDouble(value._toJsonString());
    }

    private static InvalidInput invalid() {
        return new InvalidInput(Cursor.INVALID, "The cursor is not one this search gave out.");
    }
}
