package dev.ordo.projects.userevents;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.platform.events.EventCodec;
import dev.ordo.projects.invitation.InvitationService;
import dev.ordo.projects.people.Emails;
import dev.ordo.projects.people.KnownUser;
import dev.ordo.projects.people.KnownUsers;
import dev.ordo.projects.project.InboxService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * What identity's user events mean here. Runs inside the idempotent consumer's transaction, so the
 * effect and the record that the event was processed commit together.
 */
@Service
public class UserEventHandler {

    private final KnownUsers knownUsers;
    private final InboxService inboxes;
    private final InvitationService invitations;
    private final EventCodec codec;

    UserEventHandler(KnownUsers knownUsers, InboxService inboxes, InvitationService invitations, EventCodec codec) {
        this.knownUsers = knownUsers;
        this.inboxes = inboxes;
        this.invitations = invitations;
        this.codec = codec;
    }

    /** A new user: remember them, give them their Inbox, and tie invitations sent to their email to them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registered(EventEnvelope<JsonNode> envelope) {
        IdentityEvents.UserRegistered user = codec.data(envelope, IdentityEvents.USER_REGISTERED);
        String email = Emails.normalise(user.email());
        knownUsers.put(new KnownUser(user.userId(), email, user.name()), envelope.time());
        inboxes.createFor(user.userId());
        invitations.linkPendingTo(email, user.userId());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(EventEnvelope<JsonNode> envelope) {
        IdentityEvents.UserUpdated user = codec.data(envelope, IdentityEvents.USER_UPDATED);
        knownUsers.put(new KnownUser(user.userId(), Emails.normalise(user.email()), user.name()), envelope.time());
    }
}
