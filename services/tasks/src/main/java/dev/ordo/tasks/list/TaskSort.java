package dev.ordo.tasks.list;

import dev.ordo.platform.problems.InvalidInput;
import java.util.List;
import java.util.Locale;

/**
 * The orders a task list comes in; each ends with the task id, so every order is total and keyset
 * paging has neither gaps nor duplicates.
 * <ul>
 *   <li>{@code position}: as arranged among siblings</li>
 *   <li>{@code due}: soonest first (a date-only due counts from the start of its day in the caller's zone;
 *       no due last), then by priority</li>
 *   <li>{@code priority}: URGENT first, then soonest due</li>
 *   <li>{@code urgency}: most urgent first (see {@code Urgency})</li>
 *   <li>{@code created}: oldest first</li>
 * </ul>
 */
enum TaskSort {
    POSITION,
    DUE,
    PRIORITY,
    URGENCY,
    CREATED;

    /** The due as a moment; parameter {@code :zone} is the caller's zone. Never null: no due is "infinity". */
    static final String DUE_KEY = "coalesce(t.due_datetime, (t.due_date::timestamp at time zone cast(:zone as text)), "
            + "'infinity'::timestamptz)";

    List<SortKey> keys(String urgencySql) {
        return switch (this) {
            case POSITION -> List.of(SortKey.ascending("t.position", "bigint"));
            case DUE ->
                List.of(SortKey.ascending(DUE_KEY, "timestamptz"), SortKey.ascending("t.priority_rank", "smallint"));
            case PRIORITY ->
                List.of(SortKey.ascending("t.priority_rank", "smallint"), SortKey.ascending(DUE_KEY, "timestamptz"));
            case URGENCY -> List.of(SortKey.descending(urgencySql, "double precision"));
            case CREATED -> List.of(SortKey.ascending("t.created_at", "timestamptz"));
        };
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TaskSort of(String wire, TaskSort fallback) {
        if (wire == null || wire.isBlank()) {
            return fallback;
        }
        for (TaskSort sort : values()) {
            if (sort.wire().equals(wire.strip().toLowerCase(Locale.ROOT))) {
                return sort;
            }
        }
        throw new InvalidInput("'sort' must be one of position, due, priority, urgency, created.");
    }
}
