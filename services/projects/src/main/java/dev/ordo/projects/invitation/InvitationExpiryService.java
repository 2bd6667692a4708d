package dev.ordo.projects.invitation;

import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.projects.project.ProjectAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Marks invitations past their expiry as expired, each with its invitation.expired event. */
@Service
public class InvitationExpiryService {

    private static final Logger log = LoggerFactory.getLogger(InvitationExpiryService.class);
    static final int BATCH_SIZE = 500;

    private final Invitations invitations;
    private final ProjectAccess access;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InvitationExpiryService(
            Invitations invitations,
            ProjectAccess access,
            Outbox outbox,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.invitations = invitations;
        this.access = access;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * One short transaction per invitation (deliberately not one around all): a backlog after a long
     * outage holds no locks for long, and a run stopped half-way has done useful work. Each takes the
     * project's lock first, like every change to a project, so the project's events keep their order,
     * and it cannot deadlock with an invitee accepting at the same moment (who locks in the same order).
     *
     * @return how many invitations expired
     */
    public int expireDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int total = 0;
        List<Invitation> due;
        do {
            due = invitations.due(now, BATCH_SIZE);
            for (Invitation invitation : due) {
                if (Boolean.TRUE.equals(transactions.execute(status -> expire(invitation, now)))) {
                    total++;
                }
            }
        } while (due.size() == BATCH_SIZE && !Thread.currentThread().isInterrupted());
        if (total > 0) {
            log.info("Invitation expiry: {} invitations expired", total);
        }
        return total;
    }

    /** @return false if it was answered (or its project deleted) meanwhile */
    private boolean expire(Invitation seen, Instant now) {
        if (access.lockWithoutCheck(seen.projectId()).isEmpty()) {
            return false;
        }
        Invitation invitation = invitations.lock(seen.id()).orElse(null);
        if (invitation == null || invitation.status() != InvitationStatus.PENDING || invitation.isOpenAt(now)) {
            return false;
        }
        invitations.close(invitation.id(), InvitationStatus.EXPIRED, null, null, now);
        outbox.append(
                ProjectEvents.INVITATION_EXPIRED,
                invitation.projectId().toString(),
                null,
                new ProjectEvents.InvitationExpired(invitation.id(), invitation.projectId(), invitation.email()));
        return true;
    }
}
