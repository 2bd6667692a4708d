package dev.ordo.calendar.feed;

import dev.ordo.calendar.event.EventResponse;
import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.idempotency.IdempotentCreate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Events")
class ImportController {

    /** The events an import made. */
    record Imported(List<EventResponse> items) {}

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/events/import", consumes = "text/calendar")
    @IdempotentCreate
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Import an iCalendar document",
            description = "Each VEVENT becomes a personal event of mine (a VEVENT with RECURRENCE-ID changes an "
                    + "occurrence of its UID's event; EXDATE cancels one). 400 for a body that is no RFC 5545 "
                    + "calendar or an event that cannot be read; at most 500 events, and the body is held to the "
                    + "service's body size limit (413).")
    Imported importCalendar(@RequestBody String body) {
        return new Imported(imports.importCalendar(Caller.current().userId(), body).stream()
                .map(EventResponse::of)
                .toList());
    }
}
