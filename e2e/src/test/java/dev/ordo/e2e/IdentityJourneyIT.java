package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A person's first minutes with Ordo, through the gateway, with every service real. */
class IdentityJourneyIT {

    private static Api api;
    private static Users users;

    @BeforeAll
    static void system() {
        api = new Api(OrdoSystem.get().gatewayUrl());
        users = new Users(api);
    }

    @Test
    void a_new_user_registers_signs_in_edits_the_profile_refreshes_and_finds_each_step_in_the_audit_trail() {
        String email = Users.uniqueEmail("ada");
        Api.Response registered = api.post(
                "/api/v1/auth/register",
                Map.of("email", "  " + email.toUpperCase() + " ", "password", Users.PASSWORD, "name", "Ada"),
                null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("email").asString()).isEqualTo(email);
        assertThat(registered.body()).doesNotContainIgnoringCase("password");
        UUID id = UUID.fromString(registered.json().get("id").asString());

        Users.SignedIn ada = users.signIn(email);
        assertThat(ada.id()).isEqualTo(id);

        Api.Response patched = api.patch(
                "/api/v1/users/me",
                Map.of("name", "Ada Lovelace", "timezone", "Europe/London", "theme", "dark"),
                ada.accessToken());
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode me = api.get("/api/v1/users/me", ada.accessToken()).json();
        assertThat(me.get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(me.get("timezone").asString()).isEqualTo("Europe/London");

        Api.Response refreshed = api.post("/api/v1/auth/refresh", Map.of("refreshToken", ada.refreshToken()), null);
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        String newRefresh = refreshed.json().get("refreshToken").asString();
        String newAccess = refreshed.json().get("accessToken").asString();
        assertThat(newRefresh).isNotEqualTo(ada.refreshToken());
        assertThat(api.get("/api/v1/users/me", newAccess).status()).isEqualTo(200);

        Api.Response reused = api.post("/api/v1/auth/refresh", Map.of("refreshToken", ada.refreshToken()), null);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", newRefresh), null)
                        .status())
                .as("the reuse of a spent token revokes its whole family")
                .isEqualTo(401);

        List<String> expected = List.of("user.updated", "user.logged-in", "user.registered");
        await("audit holds the journey")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(auditTypes(newAccess)).containsSubsequence(expected));
        JsonNode items = api.get("/api/v1/audit/events", newAccess).json().get("items");
        for (JsonNode item : items) {
            assertThat(item.get("actor").get("id").asString()).isEqualTo(id.toString());
        }
        assertThat(auditTypes(newAccess)).as("each event exactly once").doesNotHaveDuplicates();
    }

    @Test
    void a_user_does_not_see_another_users_audit_trail() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn bob = users.registerAndSignIn("bob");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(auditTypes(bob.accessToken())).contains("user.registered"));
        Api.Response response = api.get("/api/v1/audit/events?entity=" + ada.id(), bob.accessToken());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items").size()).isZero();
    }

    @Test
    void an_admin_sees_everyones_actions() {
        Users.SignedIn carol = users.registerAndSignIn("carol");
        Users.SignedIn admin = users.admin();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Api.Response response = api.get("/api/v1/audit/events?entity=" + carol.id(), admin.accessToken());
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("items").size()).isPositive();
        });
    }

    private static List<String> auditTypes(String token) {
        Api.Response response = api.get("/api/v1/audit/events?limit=200", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        response.json().get("items").forEach(item -> types.add(item.get("type").asString()));
        return types;
    }
}
