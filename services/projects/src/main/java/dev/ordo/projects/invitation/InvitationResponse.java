package dev.ordo.projects.invitation;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** {@code inviteeId} is null while nobody is known to have the email. */
public record InvitationResponse(UUID id, UUID projectId, String projectName, String email,
                                 @Schema(allowableValues = {"admin", "member", "viewer"}) String role,
                                 @Schema(allowableValues = {"pending", "accepted", "rejected", "revoked", "expired"})
                                 String status,
                                 UUID inviterId, UUID inviteeId, Instant expiresAt, Instant createdAt) {

    static InvitationResponse of(InvitationView view) {
        Invitation i = view.invitation();
        return new InvitationResponse(i.id(), i.projectId(), view.projectName(), i.email(), i.role().wire(),
                i.status().wire(), i.inviterId(), i.inviteeId(), i.expiresAt(), i.createdAt());
    }
}
