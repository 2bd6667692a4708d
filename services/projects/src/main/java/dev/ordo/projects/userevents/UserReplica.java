package dev.ordo.projects.userevents;

import dev.ordo.platform.events.ReplayableReadModel;
import dev.ordo.projects.people.KnownUsers;
import org.springframework.stereotype.Component;

/**
 * The user replica, for {@code POST /actuator/replay}: forgotten, then rebuilt from {@code ordo.identity.user}.
 * Inboxes are the service's own data and stay (user.registered finds each one there and makes no second).
 */
@Component
class UserReplica implements ReplayableReadModel {

    private final KnownUsers knownUsers;

    UserReplica(KnownUsers knownUsers) {
        this.knownUsers = knownUsers;
    }

    @Override
    public String name() {
        return "known-users";
    }

    @Override
    public void reset() {
        knownUsers.clear();
    }
}
