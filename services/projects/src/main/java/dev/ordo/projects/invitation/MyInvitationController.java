package dev.ordo.projects.invitation;

import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.idempotency.IdempotentCreate;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.projects.people.Emails;
import dev.ordo.projects.project.ProjectResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invitee's side. Who I am comes from my token: my user id, and the email identity put in it. Invitations
 * attach only to a verified address: without {@code email_verified = true} in the token, every operation here
 * answers 403 {@code email-not-verified}.
 */
@RestController
@RequestMapping("/api/v1/invitations")
@Tag(name = "My invitations", description = "Invitations addressed to me: to my email or my user id")
class MyInvitationController {

    private final InvitationService invitations;

    MyInvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    @Operation(summary = "List my pending invitations", description = "Ordered by when they were sent.")
    Page<InvitationResponse> mine(
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return invitations
                .mine(Caller.current().userId(), verifiedEmailOf(token), PageQuery.of(cursor, limit))
                .map(InvitationResponse::of);
    }

    @IdempotentCreate
    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept an invitation: I join the project with the invited role")
    ProjectResponse accept(@PathVariable UUID id, @Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        return ProjectResponse.of(invitations.accept(Caller.current().userId(), verifiedEmailOf(token), id));
    }

    @PostMapping("/{id}/reject")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reject an invitation")
    void reject(@PathVariable UUID id, @Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        invitations.reject(Caller.current().userId(), verifiedEmailOf(token), id);
    }

    /** The token's email, if identity says its owner proved it (claim {@code email_verified}); else 403. */
    static String verifiedEmailOf(Jwt token) {
        if (!Boolean.TRUE.equals(token.getClaimAsBoolean(EMAIL_VERIFIED))) {
            throw new Forbidden(
                    EMAIL_NOT_VERIFIED,
                    "Invitations go to verified addresses only. Follow the link we mailed to your address "
                            + "(or ask for a new one), then refresh your session or sign in again.");
        }
        return Emails.normalise(token.getClaimAsString("email"));
    }

    static final String EMAIL_VERIFIED = "email_verified";
    static final String EMAIL_NOT_VERIFIED = "email-not-verified";
}
