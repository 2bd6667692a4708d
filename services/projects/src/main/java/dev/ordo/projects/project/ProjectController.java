package dev.ordo.projects.project;

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
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Projects and sub-projects the caller is a member of")
class ProjectController {

    private final ProjectService projects;

    ProjectController(ProjectService projects) {
        this.projects = projects;
    }

    @IdempotentCreate
    @PostMapping
    @Operation(
            summary = "Create a project (I become its owner)",
            description = "With parentId it is a sub-project: I must be owner or admin of the parent; "
                    + "at most 4 levels; never under the Inbox.")
    ResponseEntity<ProjectResponse> create(@Valid @RequestBody CreateProjectRequest request) {
        ProjectForMember created = projects.create(Caller.current().userId(), request.toNewProject());
        return ResponseEntity.created(
                        URI.create("/api/v1/projects/" + created.project().id()))
                .body(ProjectResponse.of(created));
    }

    @GetMapping
    @Operation(
            summary = "List my projects",
            description = "Ordered by creation; archived=true lists the archived ones.")
    Page<ProjectResponse> list(
            @RequestParam(defaultValue = "false") boolean archived,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return projects.list(Caller.current().userId(), archived, PageQuery.of(cursor, limit))
                .map(ProjectResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a project")
    ProjectResponse get(@PathVariable UUID id) {
        return ProjectResponse.of(projects.get(Caller.current().userId(), id));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change a project, or my favorite flag on it",
            description = "name, description, color and parentId need owner or admin; favorite is each member's own.")
    ProjectResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateProjectRequest request) {
        return ProjectResponse.of(projects.update(Caller.current().userId(), id, request.toChanges()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a project with its sub-projects (owner only; never the Inbox)")
    void delete(@PathVariable UUID id) {
        projects.delete(Caller.current().userId(), id);
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive a project with its sub-projects")
    ProjectResponse archive(@PathVariable UUID id) {
        return ProjectResponse.of(projects.archive(Caller.current().userId(), id));
    }

    @PostMapping("/{id}/unarchive")
    @Operation(summary = "Unarchive a project with its sub-projects")
    ProjectResponse unarchive(@PathVariable UUID id) {
        return ProjectResponse.of(projects.unarchive(Caller.current().userId(), id));
    }
}
