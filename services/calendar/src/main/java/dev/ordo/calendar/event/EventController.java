package dev.ordo.calendar.event;

import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.etag.ETags;
import dev.ordo.platform.web.idempotency.IdempotentCreate;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Meetings and other events, personal or a project's, recurring or not")
class EventController {

    private static final String PATH = "/api/v1/events";
    private static final String SCOPE = "this (one occurrence), following (it and those after), or all (default)";
    private static final String OCCURRENCE = "with scope this or following: the occurrence's original start";

    private final EventService events;

    EventController(EventService events) {
        this.events = events;
    }

    @PostMapping
    @IdempotentCreate
    @Operation(
            summary = "Create an event",
            description = "Personal, or in a project I am a member of (viewers may not: 403; not a member: 404). "
                    + "400 for an end before the start, a recurrence that is no RRULE, UNTIL before the start, "
                    + "COUNT over 1000. With Idempotency-Key, a repeated request answers the same 201.")
    ResponseEntity<EventResponse> create(@Valid @RequestBody CreateEventRequest request) {
        CalendarEvent event = events.create(Caller.current().userId(), request);
        return ResponseEntity.created(URI.create(PATH + "/" + event.id()))
                .eTag(ETags.of(event.version()))
                .body(EventResponse.of(event));
    }

    @GetMapping
    @Operation(summary = "List the events I see", description = "Mine and my projects', by creation.")
    Page<EventResponse> list(
            @Parameter(description = "only this project's") @RequestParam(required = false) UUID projectId,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return events.list(Caller.current().userId(), projectId, PageQuery.of(cursor, limit))
                .map(EventResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an event", description = "Its ETag is its version. 404 if I may not see it.")
    ResponseEntity<EventResponse> get(@PathVariable UUID id) {
        return withETag(events.get(Caller.current().userId(), id));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change an event, one occurrence of it, or it from an occurrence on",
            description = "JSON Merge Patch. scope=this changes one occurrence (title, description, location, "
                    + "start, end); scope=following ends the series before the occurrence and answers the new "
                    + "series going on from it; a new start, zone or rule of the whole series drops the changes "
                    + "of single occurrences. With If-Match, 412 if it changed meanwhile.")
    ResponseEntity<EventResponse> update(
            @PathVariable UUID id,
            @Parameter(description = SCOPE) @RequestParam(required = false) String scope,
            @Parameter(description = OCCURRENCE) @RequestParam(required = false) String occurrence,
            @Valid @RequestBody UpdateEventRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(events.update(
                Caller.current().userId(), id, request, Scope.of(scope), occurrence, ETags.version(ifMatch)));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete an event, one occurrence of it, or it from an occurrence on",
            description = "scope=this cancels one occurrence; scope=following ends the series before it. "
                    + "With If-Match, 412 if it changed meanwhile.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @Parameter(description = SCOPE) @RequestParam(required = false) String scope,
            @Parameter(description = OCCURRENCE) @RequestParam(required = false) String occurrence,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        events.delete(Caller.current().userId(), id, Scope.of(scope), occurrence, ETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<EventResponse> withETag(CalendarEvent event) {
        return ResponseEntity.ok().eTag(ETags.of(event.version())).body(EventResponse.of(event));
    }
}
