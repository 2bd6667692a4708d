package dev.ordo.calendar.event;

import java.time.temporal.Temporal;

/**
 * One occurrence of a series changed or cancelled: {@code occurrence} is its original start; the other fields
 * are what it is instead, null where it is as the series is.
 */
public record Change(
        Temporal occurrence,
        boolean cancelled,
        String title,
        String description,
        String location,
        Temporal start,
        Temporal end) {

    static Change cancelled(Temporal occurrence) {
        return new Change(occurrence, true, null, null, null, null, null);
    }
}
