package dev.ordo.projects.invitation;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.projects.config.ProjectsProperties;
import dev.ordo.projects.directory.DirectoryLookup;
import dev.ordo.projects.directory.UserDirectory;
import dev.ordo.projects.people.KnownUsers;
import dev.ordo.projects.project.MemberService;
import dev.ordo.projects.project.Permission;
import dev.ordo.projects.project.Project;
import dev.ordo.projects.project.ProjectAccess;
import dev.ordo.projects.project.ProjectForMember;
import dev.ordo.projects.project.ProjectService;
import dev.ordo.projects.web.Position;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations, from both sides: owners and admins send and revoke them, the invitee (known by the
 * email in their token, or by user id once linked) accepts or rejects them. Each change is stored with
 * its event; all of a project's events are keyed by the project.
 */
@Service
public class InvitationService {

    private final Invitations invitations;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final MemberService members;
    private final UserDirectory directory;
    private final KnownUsers knownUsers;
    private final Outbox outbox;
    private final ProjectsProperties properties;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;
    private final Clock clock;

    InvitationService(
            Invitations invitations,
            ProjectAccess access,
            ProjectService projects,
            MemberService members,
            UserDirectory directory,
            KnownUsers knownUsers,
            Outbox outbox,
            ProjectsProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.invitations = invitations;
        this.access = access;
        this.projects = projects;
        this.members = members;
        this.directory = directory;
        this.knownUsers = knownUsers;
        this.outbox = outbox;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Sends an invitation; one still pending to the same email is replaced (revoked, reason
     * {@code replaced}). identity is asked who has the (verified) email outside any transaction (it may take
     * up to the directory's deadline), only to refuse inviting a member; when it cannot answer, the user
     * replica is asked. Sending never fails because identity is down. The invitation names no invitee, and
     * neither does its event: the answer looks the same whether or not the address has an account, and the
     * invitation attaches to the address's verified owner when they accept it.
     *
     * @param inviter the caller; {@code email} normalised already
     */
    public InvitationView invite(Inviter inviter, UUID projectId, String email, ProjectRole role) {
        if (role == ProjectRole.OWNER) {
            throw new InvalidInput("'role' must be one of admin, member, viewer.");
        }
        // outsiders learn nothing, and identity is not asked in vain
        reads.executeWithoutResult(status -> checkShareable(
                access.read(projectId, inviter.userId(), Permission.MANAGE_INVITATIONS)
                        .project(),
                email,
                inviter));
        Optional<UUID> inviteeId = resolve(email);
        return transactions.execute(status -> {
            Project project = access.lock(projectId, inviter.userId(), Permission.MANAGE_INVITATIONS)
                    .project();
            checkShareable(project, email, inviter);
            if (inviteeId.isPresent() && members.isMember(projectId, inviteeId.get())) {
                throw new Conflict("This person is a member of the project already.");
            }
            Instant now = now();
            invitations.lockPending(projectId, email).ifPresent(older -> {
                invitations.close(older.id(), InvitationStatus.REVOKED, Invitation.REPLACED, null, now);
                append(
                        ProjectEvents.INVITATION_REVOKED,
                        older.projectId(),
                        inviter.userId(),
                        new ProjectEvents.InvitationRevoked(older.id(), projectId, email, Invitation.REPLACED));
            });
            Invitation invitation =
                    Invitation.send(projectId, email, role, inviter.userId(), now, properties.invitationTtl());
            invitations.add(invitation);
            append(
                    ProjectEvents.INVITATION_CREATED,
                    projectId,
                    inviter.userId(),
                    new ProjectEvents.InvitationCreated(
                            invitation.id(),
                            projectId,
                            email,
                            role.wire(),
                            inviter.userId(),
                            null,
                            invitation.expiresAt()));
            return new InvitationView(invitation, project.name());
        });
    }

    @Transactional(readOnly = true)
    public Page<InvitationView> listOfProject(UUID caller, UUID projectId, PageQuery query) {
        access.read(projectId, caller, Permission.MANAGE_INVITATIONS);
        return Page.of(invitations.pageOfProject(projectId, now(), query), query, InvitationService::cursorAfter);
    }

    @Transactional(readOnly = true)
    public InvitationView getOfProject(UUID caller, UUID projectId, UUID invitationId) {
        access.read(projectId, caller, Permission.MANAGE_INVITATIONS);
        return invitations
                .byId(invitationId)
                .filter(v -> v.invitation().projectId().equals(projectId))
                .orElseThrow(InvitationService::noSuchInvitation);
    }

    @Transactional
    public void revoke(UUID caller, UUID projectId, UUID invitationId) {
        access.lock(projectId, caller, Permission.MANAGE_INVITATIONS);
        Invitation invitation = invitations
                .lock(invitationId)
                .filter(i -> i.projectId().equals(projectId))
                .orElseThrow(InvitationService::noSuchInvitation);
        Instant now = requireOpen(invitation);
        invitations.close(invitationId, InvitationStatus.REVOKED, Invitation.REVOKED, null, now);
        append(
                ProjectEvents.INVITATION_REVOKED,
                projectId,
                caller,
                new ProjectEvents.InvitationRevoked(invitationId, projectId, invitation.email(), Invitation.REVOKED));
    }

    /** The open invitations addressed to my token's (verified) email. */
    @Transactional(readOnly = true)
    public Page<InvitationView> mine(UUID caller, String email, PageQuery query) {
        return Page.of(invitations.pageForInvitee(email, now(), query), query, InvitationService::cursorAfter);
    }

    /** I become a member with the invited role. */
    @Transactional
    public ProjectForMember accept(UUID caller, String email, UUID invitationId) {
        Invitation invitation = lockAddressedTo(caller, email, invitationId);
        Instant now = requireOpen(invitation);
        invitations.close(invitationId, InvitationStatus.ACCEPTED, null, caller, now);
        append(
                ProjectEvents.INVITATION_ACCEPTED,
                invitation.projectId(),
                caller,
                new ProjectEvents.InvitationAccepted(
                        invitationId,
                        invitation.projectId(),
                        invitation.email(),
                        caller,
                        invitation.role().wire()));
        members.join(invitation.projectId(), caller, invitation.role(), caller);
        return projects.get(caller, invitation.projectId());
    }

    @Transactional
    public void reject(UUID caller, String email, UUID invitationId) {
        Invitation invitation = lockAddressedTo(caller, email, invitationId);
        Instant now = requireOpen(invitation);
        invitations.close(invitationId, InvitationStatus.REJECTED, null, caller, now);
        append(
                ProjectEvents.INVITATION_REJECTED,
                invitation.projectId(),
                caller,
                new ProjectEvents.InvitationRejected(invitationId, invitation.projectId(), invitation.email(), caller));
    }

    /**
     * The invitation, locked, if it is addressed to the caller; anyone else is told it does not exist.
     * The project is locked first, like every change to a project, so its events keep their order.
     */
    private Invitation lockAddressedTo(UUID caller, String email, UUID invitationId) {
        Invitation seen = invitations
                .byId(invitationId)
                .map(InvitationView::invitation)
                .filter(i -> i.isAddressedTo(email))
                .orElseThrow(InvitationService::noSuchInvitation);
        access.lockWithoutCheck(seen.projectId()).orElseThrow(InvitationService::noSuchInvitation);
        return invitations.lock(invitationId).orElseThrow(InvitationService::noSuchInvitation);
    }

    private void checkShareable(Project project, String email, Inviter inviter) {
        project.ensureShareable();
        if (email.equals(inviter.email())) {
            throw new Conflict("You are a member of this project already.");
        }
    }

    private Optional<UUID> resolve(String email) {
        return switch (directory.findByEmail(email)) {
            case DirectoryLookup.Found found -> Optional.of(found.userId());
            case DirectoryLookup.NotFound notFound -> Optional.empty();
            // identity cannot answer now: what the replica knows is the next best thing
            case DirectoryLookup.Unavailable unavailable -> knownUsers.idByEmail(email);
        };
    }

    /** @return now, if the invitation can still be answered; else 409 */
    private Instant requireOpen(Invitation invitation) {
        Instant now = now();
        invitation.ensureOpenAt(now);
        return now;
    }

    private <T> void append(EventType<T> type, UUID projectId, UUID actor, T data) {
        outbox.append(type, projectId.toString(), actor == null ? null : actor.toString(), data);
    }

    private static Cursor cursorAfter(InvitationView view) {
        return new Position(view.invitation().createdAt(), view.invitation().id()).cursor();
    }

    static NotFound noSuchInvitation() {
        return new NotFound("There is no such invitation.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Who sends an invitation: their id and their token's email (may be null). */
    public record Inviter(UUID userId, String email) {}
}
