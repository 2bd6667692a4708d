package dev.ordo.tasks.section;

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
@RequestMapping("/api/v1/sections")
@Tag(name = "Sections", description = "Sections of a project, ordered by position")
class SectionController {

    private static final String PATH = "/api/v1/sections";

    private final SectionService sections;

    SectionController(SectionService sections) {
        this.sections = sections;
    }

    @PostMapping
    @IdempotentCreate
    @Operation(
            summary = "Create a section in a project",
            description = "Needs the right to write the project's "
                    + "tasks (not viewers). With Idempotency-Key, a repeated request answers the same 201.")
    ResponseEntity<SectionResponse> create(@Valid @RequestBody CreateSectionRequest request) {
        SectionResponse section = SectionResponse.of(
                sections.create(Caller.current().userId(), request.projectId(), request.name(), request.position()));
        return ResponseEntity.created(URI.create(PATH + "/" + section.id()))
                .eTag(ETags.of(section.version()))
                .body(section);
    }

    @GetMapping
    @Operation(summary = "List a project's sections", description = "By position.")
    Page<SectionResponse> list(
            @RequestParam UUID projectId,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return sections.list(Caller.current().userId(), projectId, PageQuery.of(cursor, limit))
                .map(SectionResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a section")
    ResponseEntity<SectionResponse> get(@PathVariable UUID id) {
        return withETag(sections.get(Caller.current().userId(), id));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Rename or reorder a section",
            description = "With If-Match (its ETag), 412 if it changed meanwhile.")
    ResponseEntity<SectionResponse> update(
            @PathVariable UUID id,
            @Valid @RequestBody UpdateSectionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(sections.update(
                Caller.current().userId(), id, request.name(), request.position(), ETags.version(ifMatch)));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a section",
            description =
                    "Its tasks stay in the project without a section; "
                            + "with deleteTasks=true they are deleted with their subtasks. With If-Match, 412 if it changed meanwhile.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean deleteTasks,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        sections.delete(Caller.current().userId(), id, deleteTasks, ETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<SectionResponse> withETag(Section section) {
        return ResponseEntity.ok().eTag(ETags.of(section.version())).body(SectionResponse.of(section));
    }
}
