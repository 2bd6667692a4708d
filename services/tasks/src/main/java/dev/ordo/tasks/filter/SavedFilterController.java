package dev.ordo.tasks.filter;

import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.idempotency.IdempotentCreate;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/filters")
@Tag(
        name = "Saved filters",
        description = "The caller's named filter queries; run one with GET /api/v1/tasks?savedFilter=<id>")
class SavedFilterController {

    private static final String PATH = "/api/v1/filters";

    private final SavedFilterService filters;

    SavedFilterController(SavedFilterService filters) {
        this.filters = filters;
    }

    @PostMapping
    @IdempotentCreate
    @Operation(
            summary = "Save a filter",
            description = "The query must parse (else 400 with its position); "
                    + "names are unique per user (409). With Idempotency-Key, a repeated request answers the same 201.")
    ResponseEntity<FilterResponse> create(@Valid @RequestBody CreateFilterRequest request) {
        FilterResponse filter = FilterResponse.of(
                filters.create(Caller.current().userId(), request.name(), request.query(), request.position()));
        return ResponseEntity.created(URI.create(PATH + "/" + filter.id())).body(filter);
    }

    @GetMapping
    @Operation(summary = "List my saved filters", description = "By position.")
    Page<FilterResponse> list(
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return filters.list(Caller.current().userId(), PageQuery.of(cursor, limit))
                .map(FilterResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one of my saved filters")
    FilterResponse get(@PathVariable UUID id) {
        return FilterResponse.of(filters.get(Caller.current().userId(), id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a saved filter")
    FilterResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateFilterRequest request) {
        return FilterResponse.of(
                filters.update(Caller.current().userId(), id, request.name(), request.query(), request.position()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a saved filter")
    void delete(@PathVariable UUID id) {
        filters.delete(Caller.current().userId(), id);
    }
}
