package dev.ordo.tasks.replication;

import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.platform.events.EventSubscriptions;
import org.springframework.stereotype.Service;

/**
 * Keeps the user replica (email for "assigned to:" and quick add's +email, time zone for "today"), newest
 * version wins. Runs inside the platform's consumer transaction; logins and the like are not subscribed to.
 */
@Service
public class UserEventHandler {

    private final VersionedReplicas replicas;

    UserEventHandler(VersionedReplicas replicas) {
        this.replicas = replicas;
    }

    EventSubscriptions subscriptions() {
        return new EventSubscriptions()
                .on(
                        IdentityEvents.USER_REGISTERED,
                        (user, e) -> replicas.putUser(
                                user.userId(), user.email(), user.name(), user.timezone(), e.aggregateVersion()))
                .on(
                        IdentityEvents.USER_UPDATED,
                        (user, e) -> replicas.putUser(
                                user.userId(), user.email(), user.name(), user.timezone(), e.aggregateVersion()))
                .on(
                        IdentityEvents.USER_EMAIL_CHANGED,
                        (changed, e) -> replicas.changeEmail(changed.userId(), changed.email(), e.aggregateVersion()));
    }
}
