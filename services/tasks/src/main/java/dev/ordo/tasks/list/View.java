package dev.ordo.tasks.list;

import dev.ordo.platform.problems.InvalidInput;
import java.util.Locale;

/**
 * The day views, in the caller's time zone, of open tasks: {@code today} (due today, or overdue),
 * {@code upcoming} (due today or in the next six days: seven days in all) and {@code overdue} (a timed
 * due before now, a date-only due before today).
 */
enum View {
    TODAY,
    UPCOMING,
    OVERDUE;

    /** Parameters: {@code :now}, {@code :today}, {@code :tomorrowStart}, {@code :weekEnd}, {@code :weekEndStart}. */
    String sql() {
        String when = switch (this) {
            case TODAY ->
                "(t.due_datetime is not null and t.due_datetime < :tomorrowStart)"
                        + " or (t.due_datetime is null and t.due_date <= :today)";
            case UPCOMING ->
                "(t.due_datetime is not null and t.due_datetime >= :todayStart and t.due_datetime < :weekEndStart)"
                        + " or (t.due_datetime is null and t.due_date >= :today and t.due_date < :weekEnd)";
            case OVERDUE ->
                "(t.due_datetime is not null and t.due_datetime < :now)"
                        + " or (t.due_datetime is null and t.due_date < :today)";
        };
        return "t.status in ('PENDING', 'IN_PROGRESS') and t.due_date is not null and (" + when + ")";
    }

    static View of(String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        try {
            return valueOf(wire.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("'view' must be one of today, upcoming, overdue.");
        }
    }
}
