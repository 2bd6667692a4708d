package dev.ordo.projects.userevents;

import static dev.ordo.contracts.identity.IdentityEvents.USER_EMAIL_CHANGED;
import static dev.ordo.contracts.identity.IdentityEvents.USER_EMAIL_VERIFIED;
import static dev.ordo.contracts.identity.IdentityEvents.USER_REGISTERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.identity.IdentityEvents.UserEmailChanged;
import dev.ordo.contracts.identity.IdentityEvents.UserEmailVerified;
import dev.ordo.contracts.identity.IdentityEvents.UserRegistered;
import dev.ordo.platform.events.ReplayEndpoint;
import dev.ordo.projects.support.IdentityEvents;
import dev.ordo.projects.support.ProjectsIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/** Issue 9: the user replica keeps the newest version of each user, with whether their email is verified. */
@ProjectsIntegrationTest
class UserReplicaIT {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReplayEndpoint replay;

    IdentityEvents identity;
    UUID user;

    @BeforeEach
    void setUp() {
        identity = new IdentityEvents(kafka, codec);
        user = UUID.randomUUID();
    }

    @Test
    void an_address_is_verified_by_user_email_verified_and_moves_with_user_email_changed() {
        identity.publish(event(
                USER_REGISTERED.name(),
                1,
                new UserRegistered(user, "Ann@Example.test", "Ann", "UTC", "en", List.of("user"), false)));
        awaitVersion(1);
        assertThat(row()).containsEntry("email", "ann@example.test").containsEntry("email_verified", false);

        identity.publish(event(USER_EMAIL_VERIFIED.name(), 2, new UserEmailVerified(user, "ann@example.test")));
        awaitVersion(2);
        assertThat(row()).containsEntry("email_verified", true);

        identity.publish(
                event(USER_EMAIL_CHANGED.name(), 3, new UserEmailChanged(user, "ann@example.test", "ann@new.example")));
        awaitVersion(3);
        assertThat(row()).containsEntry("email", "ann@new.example").containsEntry("email_verified", true);
    }

    @Test
    void an_older_event_arriving_late_does_not_roll_the_user_back() {
        identity.publish(event(
                USER_REGISTERED.name(),
                1,
                new UserRegistered(user, "bo@example.test", "Bo", "UTC", "en", List.of("user"), false)));
        identity.publish(event(USER_EMAIL_VERIFIED.name(), 2, new UserEmailVerified(user, "bo@example.test")));
        identity.publish(
                event(USER_EMAIL_CHANGED.name(), 3, new UserEmailChanged(user, "bo@example.test", "bo@new.example")));
        awaitVersion(3);
        // user.registered (1), then user.email-verified (2) again, as a replay would bring them
        identity.publish(event(
                USER_REGISTERED.name(),
                1,
                new UserRegistered(user, "bo@example.test", "Bo", "UTC", "en", List.of("user"), false)));
        identity.publish(event(USER_EMAIL_VERIFIED.name(), 2, new UserEmailVerified(user, "bo@example.test")));
        UUID marker = UUID.randomUUID();
        identity.publish(IdentityEvents.registered(marker, "marker-" + marker + "@example.test", "Marker"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(marker) == 1);

        assertThat(row())
                .containsEntry("email", "bo@new.example")
                .containsEntry("email_verified", true)
                .containsEntry("version", 3L);
    }

    @Test
    void a_wiped_user_replica_is_rebuilt_by_replaying_identitys_topic() {
        identity.publish(event(
                USER_REGISTERED.name(),
                1,
                new UserRegistered(user, "cy@example.test", "Cy", "UTC", "en", List.of("user"), true)));
        awaitVersion(1);
        jdbc.sql("delete from known_user").update();

        ReplayEndpoint.Replay result = replay.replay();

        assertThat(result.groups()).contains("projects");
        assertThat(result.readModels()).contains("known-users");
        await().atMost(Duration.ofSeconds(60)).until(() -> count(user) == 1);
        assertThat(row()).containsEntry("email", "cy@example.test").containsEntry("email_verified", true);
        assertThat(jdbc.sql("select count(*) from project where owner_id = :u and inbox")
                        .param("u", user)
                        .query(Long.class)
                        .single())
                .as("still one Inbox")
                .isEqualTo(1);
    }

    private <T> EventEnvelope<T> event(String type, long version, T data) {
        return new EventEnvelope<>(
                UUID.randomUUID(),
                "ordo/identity",
                type,
                1,
                Instant.now(),
                user.toString(),
                version,
                user.toString(),
                data);
    }

    private void awaitVersion(long version) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from known_user where id = :id and version = :v")
                                .param("id", user)
                                .param("v", version)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    private long count(UUID id) {
        return jdbc.sql("select count(*) from known_user where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> row() {
        return jdbc.sql("select email, email_verified, version from known_user where id = :id")
                .param("id", user)
                .query()
                .singleRow();
    }
}
