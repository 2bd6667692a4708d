package dev.ordo.projects.invitation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * The same shape whether or not the address has an account: {@code inviteeId} is null until the invitee
 * accepts (so an inviter cannot learn who has an account).
 */
public record InvitationResponse(
        UUID id,
        UUID projectId,
        String projectName,
        String email,

        @Schema(allowableValues = {"admin", "member", "viewer"})
        String role,

        @Schema(allowableValues = {"pending", "accepted", "rejected", "revoked", "expired"})
        String status,

        UUID inviterId,
        UUID inviteeId,
        Instant expiresAt,
        Instant createdAt) {

    static InvitationResponse of(InvitationView view) {
        Invitation i = view.invitation();
        return new InvitationResponse(
                i.id(),
                i.projectId(),
                view.projectName(),
                i.email(),
                i.role().wire(),
                i.status().wire(),
                i.inviterId(),
                i.status() == InvitationStatus.ACCEPTED ? i.inviteeId() : null,
                i.expiresAt(),
                i.createdAt());
    }
}
