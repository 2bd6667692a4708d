package dev.ordo.projects.project;

import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "Members", description = "Who is in a project, with which role; leaving; transferring ownership")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping("/members")
    @Operation(summary = "List the members of a project", description = "Ordered by when they joined.")
    Page<MemberResponse> list(
            @PathVariable UUID projectId,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return members.list(Caller.current().userId(), projectId, PageQuery.of(cursor, limit))
                .map(MemberResponse::of);
    }

    @PatchMapping("/members/{userId}")
    @Operation(
            summary = "Change a member's role (owner or admin)",
            description = "admin, member or viewer. The owner's role changes only by transfer.")
    MemberResponse changeRole(
            @PathVariable UUID projectId, @PathVariable UUID userId, @Valid @RequestBody ChangeRoleRequest request) {
        return MemberResponse.of(members.changeRole(Caller.current().userId(), projectId, userId, request.toRole()));
    }

    @DeleteMapping("/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member (owner or admin; never the owner)")
    void remove(@PathVariable UUID projectId, @PathVariable UUID userId) {
        members.remove(Caller.current().userId(), projectId, userId);
    }

    @PostMapping("/leave")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Leave a project", description = "The owner cannot leave (409): transfer the project first.")
    void leave(@PathVariable UUID projectId) {
        members.leave(Caller.current().userId(), projectId);
    }

    @PostMapping("/transfer")
    @Operation(summary = "Make another member the owner (owner only)", description = "I become an admin.")
    ProjectResponse transfer(@PathVariable UUID projectId, @Valid @RequestBody TransferRequest request) {
        return ProjectResponse.of(members.transfer(Caller.current().userId(), projectId, request.userId()));
    }
}
