package dev.ordo.tasks.recur;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One occurrence of a recurrence: its local date, and its local time when the recurrence has one (else null,
 * an all-day occurrence).
 */
public record Occurrence(LocalDate date, LocalTime time) {

    public boolean allDay() {
        return time == null;
    }

    public LocalDateTime local() {
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time);
    }

    /**
     * The moment in {@code zone}: a wall-clock time a spring-forward skips moves on by the gap, one a
     * fall-back repeats takes the earlier of its two moments (java.time's rules, as quick add).
     */
    public ZonedDateTime at(ZoneId zone) {
        return ZonedDateTime.of(local(), zone);
    }

    @Override
    public String toString() {
        return time == null ? date.toString() : local().toString();
    }
}
