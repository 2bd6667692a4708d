package dev.ordo.identity.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.Topics;
import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IdentityIntegrationTest
class RegistrationTest {

    @LocalServerPort
    int port;

    @Value("${spring.embedded.kafka.brokers}")
    String kafka;

    Api api;
    Accounts accounts;

    @BeforeEach
    void newClient() {
        api = Api.fromOwnAddress(port);
        accounts = new Accounts(api);
    }

    @Test
    void registering_answers_201_with_the_new_user_a_location_and_no_password_material() {
        String email = Accounts.uniqueEmail();

        Api.Response response = api.post(
                "/api/v1/auth/register",
                null,
                Map.of("email", "  " + email.toUpperCase() + " ", "password", "s3cret-enough", "name", " Ann "));

        assertThat(response.status()).isEqualTo(201);
        JsonNode user = response.json();
        assertThat(user.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "email",
                        "name",
                        "timezone",
                        "locale",
                        "theme",
                        "defaultTaskSort",
                        "notificationPreferences",
                        "roles",
                        "emailVerified",
                        "createdAt");
        assertThat(user.get("email").asString()).isEqualTo(email);
        assertThat(user.get("name").asString()).isEqualTo("Ann");
        assertThat(user.get("timezone").asString()).isEqualTo("UTC");
        assertThat(user.get("locale").asString()).isEqualTo("en");
        assertThat(user.get("theme").asString()).isEqualTo("system");
        assertThat(user.get("defaultTaskSort").asString()).isEqualTo("position");
        assertThat(user.get("notificationPreferences").propertyNames())
                .containsExactlyInAnyOrder("email", "push", "inApp", "dailyDigest");
        assertThat(user.get("roles").values()).extracting(JsonNode::asString).containsExactly("user");
        assertThat(user.get("emailVerified").asBoolean()).isFalse();
        assertThat(Instant.parse(user.get("createdAt").asString()))
                .isBefore(Instant.now().plusSeconds(1));
        assertThat(response.body().toLowerCase()).doesNotContain("password", "hash", "argon", "s3cret");
        assertThat(response.header("Location"))
                .hasValue("/api/v1/users/" + user.get("id").asString());
    }

    @Test
    void the_same_address_in_another_case_or_with_spaces_is_a_409_conflict() {
        String email = Accounts.uniqueEmail();
        accounts.register(email);

        Api.Response again = api.post(
                "/api/v1/auth/register",
                null,
                Map.of("email", " " + email.toUpperCase() + "\t", "password", "another-password", "name", "Twin"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asString()).contains("already exists");
    }

    @Test
    void registering_an_admin_looking_address_makes_a_plain_user() {
        Api.Response response = api.post(
                "/api/v1/auth/register",
                null,
                Map.of("email", "Admin@Ordo.local", "password", "s3cret-enough", "name", "Mallory"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("roles").values())
                .extracting(JsonNode::asString)
                .containsExactly("user");
    }

    @Test
    void every_invalid_field_is_named_in_a_400_problem() {
        Api.Response response = api.post(
                "/api/v1/auth/register", null, Map.of("email", "not-an-address", "password", "short", "name", "  "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").values())
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("email", "password", "name");
    }

    @Test
    void a_password_longer_than_128_characters_or_a_name_longer_than_100_is_refused() {
        Api.Response response = api.post(
                "/api/v1/auth/register",
                null,
                Map.of("email", Accounts.uniqueEmail(), "password", "p".repeat(129), "name", "n".repeat(101)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").values())
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("password", "name");
    }

    @Test
    void user_registered_reaches_the_identity_topic_in_the_ordo_envelope() {
        Accounts.Account account = accounts.registerUnverified();

        try (TopicProbe topic = new TopicProbe(kafka, Topics.IDENTITY_USER)) {
            ConsumerRecord<String, String> record =
                    topic.awaitEvent("user.registered", account.id().toString());

            JsonNode event = TopicProbe.json(record);
            assertThat(event.propertyNames())
                    .containsExactlyInAnyOrder(
                            "id",
                            "source",
                            "type",
                            "dataVersion",
                            "time",
                            "subject",
                            "aggregateVersion",
                            "actor",
                            "data");
            assertThat(UUID.fromString(event.get("id").asString())).isNotNull();
            assertThat(event.get("source").asString()).isEqualTo("ordo/identity");
            assertThat(event.get("dataVersion").asInt()).isEqualTo(1);
            assertThat(Instant.parse(event.get("time").asString()))
                    .isBefore(Instant.now().plusSeconds(1));
            assertThat(event.get("subject").asString()).isEqualTo(account.id().toString());
            assertThat(event.get("actor").asString()).isEqualTo(account.id().toString());
            JsonNode data = event.get("data");
            assertThat(data.propertyNames())
                    .containsExactlyInAnyOrder(
                            "userId", "email", "name", "timezone", "locale", "roles", "emailVerified");
            assertThat(data.get("emailVerified").asBoolean()).isFalse();
            assertThat(data.get("userId").asString()).isEqualTo(account.id().toString());
            assertThat(data.get("email").asString()).isEqualTo(account.email());
            assertThat(data.get("roles").values())
                    .extracting(JsonNode::asString)
                    .containsExactly("user");
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("user.registered");
            assertThat(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .isEqualTo(event.get("id").asString());
        }
    }
}
