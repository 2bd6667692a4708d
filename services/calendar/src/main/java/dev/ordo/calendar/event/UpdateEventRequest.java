package dev.ordo.calendar.event;

import dev.ordo.platform.web.patch.NotCleared;
import dev.ordo.platform.web.patch.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * A change of an event (JSON Merge Patch): left out stays, null clears. For one occurrence ({@code scope=this})
 * only title, description, location, start and end may change.
 */
@Schema(description = "Fields to change; those left out stay as they are, null clears")
public record UpdateEventRequest(
        @NotCleared Patch<String> title,
        Patch<String> description,
        Patch<String> location,
        @NotCleared Patch<Boolean> allDay,
        @NotCleared Patch<String> start,
        @NotCleared Patch<String> end,
        @NotCleared Patch<String> timezone,
        @Schema(description = "null: it no longer recurs") Patch<String> recurrence,

        @Schema(description = "null: personal (only its creator may)")
        Patch<UUID> projectId,

        Patch<List<String>> attendees) {

    public UpdateEventRequest {
        title = orAbsent(title);
        description = orAbsent(description);
        location = orAbsent(location);
        allDay = orAbsent(allDay);
        start = orAbsent(start);
        end = orAbsent(end);
        timezone = orAbsent(timezone);
        recurrence = orAbsent(recurrence);
        projectId = orAbsent(projectId);
        attendees = orAbsent(attendees);
    }

    private static <T> Patch<T> orAbsent(Patch<T> patch) {
        return patch == null ? Patch.absent() : patch;
    }

    /** Whether only what one occurrence may have of its own is changed. */
    boolean onlyOccurrenceFields() {
        return !allDay.isPresent()
                && !timezone.isPresent()
                && !recurrence.isPresent()
                && !projectId.isPresent()
                && !attendees.isPresent();
    }
}
