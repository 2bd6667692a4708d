package dev.ordo.projects.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Conflict;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An invitation can be answered while it is pending and not past its expiry, by its address only. */
class InvitationRulesTest {

    static final Instant SENT = Instant.parse("2026-03-01T10:00:00Z");

    final Invitation invitation = Invitation.send(
            UUID.randomUUID(), "bo@example.test", ProjectRole.MEMBER, UUID.randomUUID(), SENT, Duration.ofDays(7));

    @Test
    void a_new_invitation_is_pending_until_its_time_to_live_has_passed() {
        assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(invitation.expiresAt()).isEqualTo(SENT.plus(Duration.ofDays(7)));
        invitation.ensureOpenAt(SENT.plus(Duration.ofDays(7)).minusNanos(1000));
        assertThatThrownBy(() -> invitation.ensureOpenAt(SENT.plus(Duration.ofDays(7))))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("(expired)");
    }

    @Test
    void an_answered_invitation_says_how_it_was_closed() {
        Invitation accepted = new Invitation(
                invitation.id(),
                invitation.projectId(),
                invitation.email(),
                invitation.role(),
                InvitationStatus.ACCEPTED,
                null,
                invitation.inviterId(),
                UUID.randomUUID(),
                invitation.expiresAt(),
                invitation.createdAt());

        assertThatThrownBy(() -> accepted.ensureOpenAt(SENT))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("(accepted)");
    }

    @Test
    void it_is_addressed_to_its_email_only() {
        assertThat(invitation.isAddressedTo("bo@example.test")).isTrue();
        assertThat(invitation.isAddressedTo("ann@example.test")).isFalse();
        assertThat(invitation.isAddressedTo(null)).isFalse();
    }
}
