package dev.ordo.tasks.replication;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.platform.events.EventCodec;
import dev.ordo.tasks.access.UserReplicas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Keeps the user replica (email for "assigned to:" and quick add's +email, time zone for "today"). */
@Service
public class UserEventHandler {

    private final UserReplicas users;
    private final EventCodec codec;

    UserEventHandler(UserReplicas users, EventCodec codec) {
        this.users = users;
        this.codec = codec;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void registered(EventEnvelope<JsonNode> envelope) {
        IdentityEvents.UserRegistered user = codec.data(envelope, IdentityEvents.USER_REGISTERED);
        users.put(user.userId(), user.email(), user.name(), user.timezone());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(EventEnvelope<JsonNode> envelope) {
        IdentityEvents.UserUpdated user = codec.data(envelope, IdentityEvents.USER_UPDATED);
        users.put(user.userId(), user.email(), user.name(), user.timezone());
    }
}
