package dev.ordo.calendar.event;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** A new event; times are local to {@code timezone} (the caller's zone when left out). */
@Schema(description = "A new event (a meeting, ...): personal, or in a project I may write")
public record CreateEventRequest(
        @NotNull @Schema(example = "Team meeting", maxLength = CalendarEvent.MAX_TITLE)
        String title,

        @Schema(maxLength = CalendarEvent.MAX_DESCRIPTION) String description,
        @Schema(maxLength = CalendarEvent.MAX_LOCATION) String location,
        @Schema(defaultValue = "false") Boolean allDay,

        @NotNull @Schema(example = "2026-12-01T09:00", description = "local date-time, or a date when allDay")
        String start,

        @Schema(
                example = "2026-12-01T10:00",
                description = "local date-time (default: an hour after start), or the last day when allDay")
        String end,

        @Schema(example = "Europe/Paris", description = "IANA zone; default: mine")
        String timezone,

        @Schema(example = "FREQ=WEEKLY;COUNT=4", description = "RFC 5545 RRULE; COUNT at most 1000")
        String recurrence,

        @Schema(description = "the project whose members see it; none: only I do")
        UUID projectId,

        @Schema(description = "attendees' email addresses, at most 100")
        List<String> attendees) {}
