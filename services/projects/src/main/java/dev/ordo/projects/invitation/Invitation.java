package dev.ordo.projects.invitation;

import dev.ordo.projects.project.Role;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to join a project with a role, addressed to an email. {@code inviteeId} is the user who
 * answered it (accepted or rejected), signed in with that email verified; null while it is pending.
 */
public record Invitation(
        UUID id,
        UUID projectId,
        String email,
        Role role,
        InvitationStatus status,
        String statusReason,
        UUID inviterId,
        UUID inviteeId,
        Instant expiresAt,
        Instant createdAt) {

    static final String REVOKED = "revoked";
    static final String REPLACED = "replaced";

    /** Whether the (verified) email of the caller's token is the one invited. */
    boolean isAddressedTo(String normalisedEmail) {
        return normalisedEmail != null && normalisedEmail.equals(email);
    }

    /** Pending and not past its expiry (the job may not have marked it yet). */
    boolean isOpenAt(Instant now) {
        return status == InvitationStatus.PENDING && expiresAt.isAfter(now);
    }

    /** Why it can no longer be answered, for the 409. */
    String closedReason(Instant now) {
        return status == InvitationStatus.PENDING && !expiresAt.isAfter(now) ? "expired" : status.wire();
    }
}
