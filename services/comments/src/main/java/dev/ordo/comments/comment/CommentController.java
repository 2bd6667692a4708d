package dev.ordo.comments.comment;

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
import java.util.List;
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
@RequestMapping("/api/v1/comments")
@Tag(name = "Comments", description = "Discussion on tasks and on projects, with mentions and earlier versions")
class CommentController {

    private static final String PATH = "/api/v1/comments";

    private final CommentService comments;

    CommentController(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping
    @Operation(
            summary = "List a task's comments or a project's discussion",
            description = "Exactly one of taskId (the task's comments) and projectId (the project's own "
                    + "discussion, comments on no task); else 400. Oldest first unless order=desc. Members of "
                    + "the project read; 404 for anyone else and for an unknown task or project.")
    Page<CommentResponse> list(
            @Parameter(description = "the task's comments") @RequestParam(required = false) UUID taskId,
            @Parameter(description = "the project's own discussion") @RequestParam(required = false) UUID projectId,
            @Parameter(description = "asc (default: oldest first) or desc") @RequestParam(required = false)
                    String order,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return comments.list(Caller.current().userId(), taskId, projectId, order, PageQuery.of(cursor, limit));
    }

    @PostMapping
    @IdempotentCreate
    @Operation(
            summary = "Comment on a task or in a project's discussion",
            description = "Owners, admins and members write (a viewer: 403; not a member: 404). 400 for a text "
                    + "empty or over 15000 characters once trimmed, for both or neither of taskId and projectId, "
                    + "and (mention-not-member) for a mention of someone who is not a member of the project. "
                    + "With Idempotency-Key, a repeated request answers the same 201.")
    ResponseEntity<CommentResponse> create(@Valid @RequestBody CreateCommentRequest request) {
        CommentResponse comment = comments.create(Caller.current().userId(), request);
        return ResponseEntity.created(URI.create(PATH + "/" + comment.id()))
                .eTag(ETags.of(comment.version()))
                .body(comment);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a comment", description = "Its ETag is its version. 404 if I may not see it.")
    ResponseEntity<CommentResponse> get(@PathVariable UUID id) {
        return withETag(comments.get(Caller.current().userId(), id));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Edit my comment",
            description = "JSON Merge Patch of its text; the author only (403 for others who may read it). The "
                    + "text it replaces is kept as a revision. With If-Match, 412 if it changed meanwhile.")
    ResponseEntity<CommentResponse> edit(
            @PathVariable UUID id,
            @Valid @RequestBody UpdateCommentRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(comments.edit(Caller.current().userId(), id, request, ETags.version(ifMatch)));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a comment",
            description = "Its author, or an owner or admin of the project; its attachments go with it. "
                    + "With If-Match, 412 if it changed meanwhile.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        comments.delete(Caller.current().userId(), id, ETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/revisions")
    @Operation(
            summary = "A comment's earlier texts",
            description = "What each edit replaced, newest first; writtenAt is when that text was written.")
    Revisions revisions(@PathVariable UUID id) {
        return new Revisions(comments.revisions(Caller.current().userId(), id));
    }

    /** The earlier texts of a comment, newest first. */
    record Revisions(List<RevisionResponse> items) {}

    private static ResponseEntity<CommentResponse> withETag(CommentResponse comment) {
        return ResponseEntity.ok().eTag(ETags.of(comment.version())).body(comment);
    }
}
