package dev.ordo.projects.invitation;

import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.idempotency.IdempotentCreate;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.projects.people.Emails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/invitations")
@Tag(name = "Invitations", description = "Inviting people to a project (owners and admins)")
class ProjectInvitationController {

    private final InvitationService invitations;

    ProjectInvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @IdempotentCreate
    @PostMapping
    @Operation(
            summary = "Invite someone by email",
            description = "Replaces a pending invitation to the same email. 409 for a member or the Inbox.")
    ResponseEntity<InvitationResponse> invite(
            @PathVariable UUID projectId,
            @Valid @RequestBody InviteRequest request,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.current();
        InvitationService.Inviter inviter =
                new InvitationService.Inviter(caller.userId(), Emails.normalise(token.getClaimAsString("email")));
        InvitationView sent = invitations.invite(inviter, projectId, request.email(), request.toRole());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/invitations/"
                        + sent.invitation().id()))
                .body(InvitationResponse.of(sent));
    }

    @GetMapping
    @Operation(summary = "List the project's pending invitations", description = "Ordered by when they were sent.")
    Page<InvitationResponse> list(
            @PathVariable UUID projectId,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return invitations
                .listOfProject(Caller.current().userId(), projectId, PageQuery.of(cursor, limit))
                .map(InvitationResponse::of);
    }

    @GetMapping("/{invitationId}")
    @Operation(summary = "Get one of the project's invitations, in any status")
    InvitationResponse get(@PathVariable UUID projectId, @PathVariable UUID invitationId) {
        return InvitationResponse.of(invitations.getOfProject(Caller.current().userId(), projectId, invitationId));
    }

    @DeleteMapping("/{invitationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a pending invitation")
    void revoke(@PathVariable UUID projectId, @PathVariable UUID invitationId) {
        invitations.revoke(Caller.current().userId(), projectId, invitationId);
    }
}
