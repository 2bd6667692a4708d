package dev.ordo.projects.support;

import static dev.ordo.contracts.identity.IdentityEvents.USER_REGISTERED;
import static dev.ordo.contracts.identity.IdentityEvents.USER_UPDATED;
import static dev.ordo.contracts.identity.IdentityEvents.UserRegistered;
import static dev.ordo.contracts.identity.IdentityEvents.UserUpdated;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes identity's user events to the embedded broker, as identity's outbox relay would. */
public final class IdentityEvents {

    /** Each user's last version, as identity's outbox numbers them (1, 2, 3…). */
    private static final java.util.Map<UUID, Long> VERSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec;

    public IdentityEvents(KafkaTemplate<String, String> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    public static EventEnvelope<UserRegistered> registered(UUID userId, String email, String name) {
        return new EventEnvelope<>(
                UUID.randomUUID(),
                "ordo/identity",
                USER_REGISTERED.name(),
                1,
                Instant.now(),
                userId.toString(),
                VERSIONS.merge(userId, 1L, Long::sum),
                userId.toString(),
                new UserRegistered(userId, email, name, "Europe/Zurich", "de-CH", List.of("user"), true));
    }

    public static EventEnvelope<UserUpdated> nameChanged(UUID userId, String email, String name) {
        return new EventEnvelope<>(
                UUID.randomUUID(),
                "ordo/identity",
                USER_UPDATED.name(),
                1,
                Instant.now(),
                userId.toString(),
                VERSIONS.merge(userId, 1L, Long::sum),
                userId.toString(),
                new UserUpdated(
                        userId,
                        email,
                        name,
                        "Europe/Zurich",
                        "de-CH",
                        "system",
                        "position",
                        null,
                        List.of("name"),
                        true));
    }

    public EventEnvelope<?> publish(EventEnvelope<?> envelope) {
        try {
            kafka.send(Topics.IDENTITY_USER, envelope.subject(), codec.encode(envelope))
                    .get(15, TimeUnit.SECONDS);
            return envelope;
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
    }

    /** Registers the user the way the system does: identity publishes user.registered. */
    public EventEnvelope<?> register(TestUser user) {
        return publish(
                registered(user.id(), user.email(), "User " + user.email().substring(5, 13)));
    }
}
