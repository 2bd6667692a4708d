package dev.ordo.projects.userevents;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.platform.events.EventSubscriptions;
import dev.ordo.projects.people.Emails;
import dev.ordo.projects.people.KnownUser;
import dev.ordo.projects.people.KnownUsers;
import dev.ordo.projects.project.InboxService;
import org.springframework.stereotype.Service;

/**
 * What identity's user events mean here: the user replica (newest version wins, with whether the email is
 * verified) and everyone's Inbox. Runs inside the platform's consumer transaction, so the effect and the
 * record that the event was processed commit together. Invitations are not tied to users here: they attach
 * to a verified address when its owner lists or accepts them.
 */
@Service
public class UserEventHandler {

    private final KnownUsers knownUsers;
    private final InboxService inboxes;

    UserEventHandler(KnownUsers knownUsers, InboxService inboxes) {
        this.knownUsers = knownUsers;
        this.inboxes = inboxes;
    }

    /** Logins and password changes change nothing here, so nobody subscribes to them. */
    EventSubscriptions subscriptions() {
        return new EventSubscriptions()
                .on(IdentityEvents.USER_REGISTERED, this::registered)
                .on(IdentityEvents.USER_UPDATED, this::updated)
                .on(
                        IdentityEvents.USER_EMAIL_VERIFIED,
                        (verified, e) -> knownUsers.verifiedEmail(
                                verified.userId(), Emails.normalise(verified.email()), e.aggregateVersion(), e.time()))
                .on(
                        IdentityEvents.USER_EMAIL_CHANGED,
                        (changed, e) -> knownUsers.verifiedEmail(
                                changed.userId(), Emails.normalise(changed.email()), e.aggregateVersion(), e.time()));
    }

    /** A new user: remember them and give them their Inbox (once, however often the event comes). */
    private void registered(IdentityEvents.UserRegistered user, EventEnvelope<?> event) {
        knownUsers.put(
                new KnownUser(user.userId(), Emails.normalise(user.email()), user.name()),
                user.emailVerified(),
                event.aggregateVersion(),
                event.time());
        inboxes.createFor(user.userId());
    }

    private void updated(IdentityEvents.UserUpdated user, EventEnvelope<?> event) {
        knownUsers.put(
                new KnownUser(user.userId(), Emails.normalise(user.email()), user.name()),
                user.emailVerified(),
                event.aggregateVersion(),
                event.time());
    }
}
