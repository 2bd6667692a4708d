package dev.ordo.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.Topics;
import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IdentityIntegrationTest
class ProfileTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Value("${spring.embedded.kafka.brokers}")
    String kafka;

    Api api;
    Accounts accounts;
    Accounts.Account account;
    String token;

    @BeforeEach
    void loggedIn() {
        api = Api.fromOwnAddress(port);
        accounts = new Accounts(api);
        account = accounts.register();
        token = accounts.login(account).accessToken();
    }

    @Test
    void the_allowed_fields_change_and_the_change_is_published_as_user_updated() {
        Api.Response response = api.patch(
                "/api/v1/users/me",
                token,
                Map.of(
                        "name", "  Ann Example ",
                        "timezone", "Europe/Berlin",
                        "locale", "de-ch",
                        "theme", "dark",
                        "defaultTaskSort", "priority",
                        "notificationPreferences", Map.of("dailyDigest", true, "push", false)));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode me = api.get("/api/v1/users/me", token).json();
        assertThat(me.get("name").asString()).isEqualTo("Ann Example");
        assertThat(me.get("timezone").asString()).isEqualTo("Europe/Berlin");
        assertThat(me.get("locale").asString()).isEqualTo("de-CH");
        assertThat(me.get("theme").asString()).isEqualTo("dark");
        assertThat(me.get("defaultTaskSort").asString()).isEqualTo("priority");
        assertThat(me.get("notificationPreferences").toString())
                .isEqualTo("{\"email\":true,\"push\":false,\"inApp\":true,\"dailyDigest\":true}");
        assertThat(me.get("email").asString()).isEqualTo(account.email());

        try (TopicProbe topic = new TopicProbe(kafka, Topics.IDENTITY_USER)) {
            JsonNode event = TopicProbe.json(
                    topic.awaitEvent("user.updated", account.id().toString()));
            assertThat(event.at("/data/theme").asString()).isEqualTo("dark");
            assertThat(event.at("/data/timezone").asString()).isEqualTo("Europe/Berlin");
            assertThat(event.at("/data/email").asString()).isEqualTo(account.email());
            assertThat(event.at("/data/changedFields").values())
                    .extracting(JsonNode::asString)
                    .containsExactlyInAnyOrder(
                            "name", "timezone", "locale", "theme", "defaultTaskSort", "notificationPreferences");
        }
    }

    @Test
    void fields_that_are_not_changeable_are_refused_by_name_and_nothing_changes() {
        Api.Response response = api.patch(
                "/api/v1/users/me",
                token,
                Map.of(
                        "theme",
                        "dark",
                        "email",
                        "evil@example.test",
                        "roles",
                        new String[] {"admin"},
                        "id",
                        "x",
                        "notificationPreferences",
                        Map.of("sms", true)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString())
                .contains("email", "roles", "id", "notificationPreferences.sms");
        JsonNode me = api.get("/api/v1/users/me", token).json();
        assertThat(me.get("theme").asString()).isEqualTo("system");
        assertThat(me.get("roles").values()).extracting(JsonNode::asString).containsExactly("user");
    }

    @Test
    void invalid_values_are_a_400_problem_naming_each_field() {
        Api.Response response = api.patch(
                "/api/v1/users/me",
                token,
                Map.of(
                        "name",
                        " ",
                        "timezone",
                        "+02:00",
                        "locale",
                        "en_US",
                        "theme",
                        "neon",
                        "defaultTaskSort",
                        "random"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").values())
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("name", "timezone", "locale", "theme", "defaultTaskSort");
    }

    @Test
    void values_of_the_wrong_json_type_are_a_400_problem() {
        assertThat(api.patchJson("/api/v1/users/me", token, "{\"name\": 42}").status())
                .isEqualTo(400);
        assertThat(api.patchJson("/api/v1/users/me", token, "{\"notificationPreferences\": {\"push\": \"yes\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(api.patchJson("/api/v1/users/me", token, "{\"notificationPreferences\": true}")
                        .status())
                .isEqualTo(400);
        assertThat(api.patchJson("/api/v1/users/me", token, "[]").status()).isEqualTo(400);
    }

    @Test
    void a_change_based_on_a_stale_etag_is_refused_with_412() {
        String etag = api.get("/api/v1/users/me", token).header("ETag").orElseThrow();
        Api.Response first = api.patch("/api/v1/users/me", token, Map.of("theme", "light"), Map.of("If-Match", etag));

        Api.Response stale = api.patch("/api/v1/users/me", token, Map.of("theme", "dark"), Map.of("If-Match", etag));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isPresent().isNotEqualTo(etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/api/v1/users/me", token).json().get("theme").asString())
                .isEqualTo("light");
    }

    @Test
    void another_users_profile_does_not_exist_for_the_caller_but_admins_see_it() {
        Accounts.Account other = accounts.register();
        Api.Response asStranger = api.get("/api/v1/users/" + other.id(), token);

        Accounts.Account admin = accounts.register();
        assertThat(Api.fromOwnAddress(managementPort)
                        .post("/actuator/admins/" + admin.email(), null, Map.of("action", "grant"))
                        .status())
                .isEqualTo(200);
        String adminToken = accounts.login(admin).accessToken();
        Api.Response asAdmin = api.get("/api/v1/users/" + other.id(), adminToken);

        assertThat(asStranger.status()).isEqualTo(404);
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.json().get("email").asString()).isEqualTo(other.email());
        assertThat(api.get("/api/v1/users/" + account.id(), token).status()).isEqualTo(200);
    }
}
