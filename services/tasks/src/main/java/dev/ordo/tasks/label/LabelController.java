package dev.ordo.tasks.label;

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
@RequestMapping("/api/v1/labels")
@Tag(name = "Labels", description = "The caller's personal labels")
class LabelController {

    private static final String PATH = "/api/v1/labels";

    private final LabelService labels;

    LabelController(LabelService labels) {
        this.labels = labels;
    }

    @PostMapping
    @IdempotentCreate
    @Operation(
            summary = "Create a label",
            description = "409 if I have one of that name already (ignoring case). "
                    + "With Idempotency-Key, a repeated request answers the same 201.")
    ResponseEntity<LabelResponse> create(@Valid @RequestBody CreateLabelRequest request) {
        LabelResponse label =
                LabelResponse.of(labels.create(Caller.current().userId(), request.name(), request.color()));
        return ResponseEntity.created(URI.create(PATH + "/" + label.id())).body(label);
    }

    @GetMapping
    @Operation(summary = "List my labels", description = "By name.")
    Page<LabelResponse> list(
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return labels.list(Caller.current().userId(), PageQuery.of(cursor, limit))
                .map(LabelResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one of my labels")
    LabelResponse get(@PathVariable UUID id) {
        return LabelResponse.of(labels.get(Caller.current().userId(), id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename or recolor a label", description = "A new name is given to the tasks I created too.")
    LabelResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateLabelRequest request) {
        return LabelResponse.of(labels.update(Caller.current().userId(), id, request.name(), request.color()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a label", description = "It is taken off the tasks I created too.")
    void delete(@PathVariable UUID id) {
        labels.delete(Caller.current().userId(), id);
    }
}
