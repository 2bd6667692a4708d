package dev.ordo.tasks.task;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A due as a client gives it: {@code {date}} for a day, or {@code {datetime, timezone}} for a moment.
 * {@code datetime} is ISO-8601, with an offset ({@code 2026-03-01T16:00:00Z}) or without one, then read in
 * {@code timezone}; {@code timezone} (IANA) defaults to the caller's. Or {@code {string}}: English words
 * ("tomorrow 5pm", "every other monday at 9am", "every! 3 days"), read in {@code timezone}. A
 * {@code recurrence} (an RRULE without the {@code RRULE:} prefix) makes the date or datetime its start;
 * {@code fromCompletion} (with a recurrence) counts the next occurrence from the day of completion.
 */
@Schema(
        description = "{date} for a whole day, {datetime, timezone} for a moment, or {string} in words; "
                + "recurrence (an RRULE) makes the date or datetime its start")
public record DueRequest(
        @Schema(example = "2026-03-01") LocalDate date,

        @Schema(example = "2026-03-01T17:00:00", description = "ISO-8601; without an offset it is read in timezone")
        String datetime,

        @Schema(example = "Europe/Zurich", description = "IANA zone; default: the caller's")
        String timezone,

        @Size(max = 200) @Schema(example = "every other monday at 9am", description = "English words, parsed")
        String string,

        @Size(max = 500) @Schema(example = "FREQ=WEEKLY;BYDAY=MO,WE,FR", description = "RFC 5545 RRULE, no prefix")
        String recurrence,

        @Schema(description = "With a recurrence: the next occurrence counts from completion (every!)")
        Boolean fromCompletion) {

    public DueRequest(LocalDate date, String datetime, String timezone) {
        this(date, datetime, timezone, null, null, null);
    }
}
