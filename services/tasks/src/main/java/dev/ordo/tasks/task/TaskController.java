package dev.ordo.tasks.task;

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
@RequestMapping(TaskController.PATH)
@Tag(name = "Tasks", description = "Tasks and subtasks in the projects the caller is a member of")
public class TaskController {

    public static final String PATH = "/api/v1/tasks";

    private final TaskService tasks;
    private final TaskMoves moves;
    private final TaskCompletions completions;

    TaskController(TaskService tasks, TaskMoves moves, TaskCompletions completions) {
        this.tasks = tasks;
        this.moves = moves;
        this.completions = completions;
    }

    @PostMapping
    @IdempotentCreate
    @Operation(
            summary = "Create a task",
            description = "In projectId, else the parent's project, else my Inbox. "
                    + "Viewers may not (403). With Idempotency-Key, a repeated request answers the same 201; "
                    + "the same key with another body, 422.")
    ResponseEntity<TaskResponse> create(@Valid @RequestBody CreateTaskRequest request) {
        return created(tasks.create(Caller.current().userId(), request));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a task", description = "Its ETag is its version.")
    ResponseEntity<TaskResponse> get(@PathVariable UUID id) {
        return withETag(tasks.get(Caller.current().userId(), id));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change a task",
            description = "Send only the fields to change; null clears description, "
                    + "due, deadline, duration, assigneeId. With If-Match (the ETag of a read), 412 if it changed meanwhile. "
                    + "Moving is POST /{id}/move.")
    ResponseEntity<TaskResponse> update(
            @PathVariable UUID id,
            @Valid @RequestBody UpdateTaskRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(tasks.update(Caller.current().userId(), id, request, ETags.version(ifMatch)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a task with its subtasks", description = "With If-Match, 412 if it changed meanwhile.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        tasks.delete(Caller.current().userId(), id, ETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/move")
    @Operation(
            summary = "Move a task with its subtasks",
            description = "To another project, section or parent. "
                    + "I must be able to write both projects; at most 4 levels; never under itself. With If-Match, 412 if "
                    + "it changed meanwhile.")
    ResponseEntity<TaskResponse> move(
            @PathVariable UUID id,
            @RequestBody MoveTaskRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(moves.move(Caller.current().userId(), id, request, ETags.version(ifMatch)));
    }

    @PostMapping("/{id}/close")
    @IdempotentCreate
    @Operation(
            summary = "Complete a task, or the current occurrence of a recurring one",
            description = "A task that does not recur becomes COMPLETED with its open subtasks. A recurring task "
                    + "moves to its next occurrence (after the current one; with fromCompletion, after today), its "
                    + "completed subtasks reopen, and the completion is recorded; past the last occurrence it "
                    + "completes. With Idempotency-Key, a retry answers the same 200 and closes nothing more.")
    ResponseEntity<TaskResponse> close(@PathVariable UUID id) {
        return withETag(completions.close(Caller.current().userId(), id));
    }

    @PostMapping("/{id}/reopen")
    @IdempotentCreate
    @Operation(
            summary = "Undo the latest completion",
            description =
                    "A completed task is open again; a recurring task goes back to the occurrence it was "
                            + "closed on. Nothing to undo: the task as it is. With Idempotency-Key, a retry answers the same 200.")
    ResponseEntity<TaskResponse> reopen(@PathVariable UUID id) {
        return withETag(completions.reopen(Caller.current().userId(), id));
    }

    @GetMapping("/completed")
    @Operation(
            summary = "Completions of the tasks I can see, newest first",
            description = "Each completed task and each closed occurrence of a recurring task, completed in "
                    + "[since, until]: dates (in my time zone, whole days) or ISO-8601 moments with an offset.")
    Page<CompletionResponse> completed(
            @Parameter(description = "2026-12-01 or 2026-12-01T09:00:00Z; default: any time")
                    @RequestParam(required = false)
                    String since,
            @Parameter(description = "2026-12-31 (the whole day) or a moment; default: now")
                    @RequestParam(required = false)
                    String until,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return completions
                .completed(Caller.current().userId(), since, until, PageQuery.of(cursor, limit))
                .map(CompletionResponse::of);
    }

    /** A created task as the 201 answers it: its Location and ETag. */
    public static ResponseEntity<TaskResponse> created(TaskView view) {
        TaskResponse task = TaskResponse.of(view);
        return ResponseEntity.created(URI.create(PATH + "/" + task.id()))
                .eTag(ETags.of(task.version()))
                .body(task);
    }

    private static ResponseEntity<TaskResponse> withETag(TaskView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.task().version())).body(TaskResponse.of(view));
    }
}
