package dev.ordo.tasks.task;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A due as a client gives it: {@code {date}} for a day, or {@code {datetime, timezone}} for a moment.
 * {@code datetime} is ISO-8601, with an offset ({@code 2026-03-01T16:00:00Z}) or without one, then read in
 * {@code timezone}; {@code timezone} (IANA) defaults to the caller's.
 */
@Schema(description = "{date} for a whole day, or {datetime, timezone} for a moment")
public record DueRequest(
        @Schema(example = "2026-03-01") LocalDate date,

        @Schema(example = "2026-03-01T17:00:00", description = "ISO-8601; without an offset it is read in timezone")
        String datetime,

        @Schema(example = "Europe/Zurich", description = "IANA zone; default: the caller's")
        String timezone) {}
