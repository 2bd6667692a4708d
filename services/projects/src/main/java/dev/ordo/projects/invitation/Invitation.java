package dev.ordo.projects.invitation;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Conflict;
import java.time.Duration;
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
        ProjectRole role,
        InvitationStatus status,
        String statusReason,
        UUID inviterId,
        UUID inviteeId,
        Instant expiresAt,
        Instant createdAt) {

    static final String REVOKED = "revoked";
    static final String REPLACED = "replaced";

    /** A new invitation, pending until {@code ttl} from now. */
    static Invitation send(UUID projectId, String email, ProjectRole role, UUID inviterId, Instant now, Duration ttl) {
        return new Invitation(
                UUID.randomUUID(),
                projectId,
                email,
                role,
                InvitationStatus.PENDING,
                null,
                inviterId,
                null,
                now.plus(ttl),
                now);
    }

    /** Whether the (verified) email of the caller's token is the one invited. */
    boolean isAddressedTo(String normalisedEmail) {
        return normalisedEmail != null && normalisedEmail.equals(email);
    }

    /** Pending and not past its expiry (the job may not have marked it yet). */
    boolean isOpenAt(Instant now) {
        return status == InvitationStatus.PENDING && expiresAt.isAfter(now);
    }

    /** @throws Conflict when it can no longer be answered (accepted, rejected, revoked or expired) */
    void ensureOpenAt(Instant now) {
        if (!isOpenAt(now)) {
            throw new Conflict("This invitation is no longer pending (" + closedReason(now) + ").");
        }
    }

    /** Why it can no longer be answered. */
    private String closedReason(Instant now) {
        return status == InvitationStatus.PENDING && !expiresAt.isAfter(now) ? "expired" : status.wire();
    }
}
