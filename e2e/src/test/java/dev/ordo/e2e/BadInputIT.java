package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, a mistake is its own 400 problem, never a 500, never a stack trace. */
class BadInputIT {

    private static Api api;
    private static Users.SignedIn user;

    @BeforeAll
    static void system() {
        api = new Api(OrdoSystem.get().gatewayUrl());
        user = new Users(api).registerAndSignIn("bert");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        assertBadRequest(api.post("/api/v1/auth/register", "{\"email\": \"x@y.io\", ", null));
        assertBadRequest(api.patch("/api/v1/users/me", "{name: unquoted}", user.accessToken()));
    }

    @Test
    void values_of_the_wrong_type_are_a_400_problem() {
        assertBadRequest(api.post(
                "/api/v1/auth/register",
                "{\"email\": {\"nested\": true}, \"password\": [1,2], \"name\": \"x\"}",
                null));
        assertBadRequest(api.patch("/api/v1/users/me", "{\"notificationPreferences\": \"loud\"}", user.accessToken()));
    }

    @Test
    void a_1000_character_email_is_a_400_problem() {
        Api.Response response = api.post(
                "/api/v1/auth/register",
                Map.of("email", "a".repeat(990) + "@example.io", "password", Users.PASSWORD, "name", "Long"),
                null);
        assertBadRequest(response);
        assertThat(response.body()).contains("email");
    }

    @Test
    void fields_that_cannot_change_are_refused() {
        assertBadRequest(api.patch("/api/v1/users/me", Map.of("email", "new@e2e.ordo.test"), user.accessToken()));
        assertBadRequest(api.patch("/api/v1/users/me", Map.of("roles", new String[] {"admin"}), user.accessToken()));
        assertBadRequest(api.patch("/api/v1/users/me", Map.of("timezone", "Mars/Olympus"), user.accessToken()));
    }

    @Test
    void bad_audit_query_parameters_are_a_400_problem() {
        assertBadRequest(api.get("/api/v1/audit/events?limit=0", user.accessToken()));
        assertBadRequest(api.get("/api/v1/audit/events?limit=lots", user.accessToken()));
        assertBadRequest(api.get("/api/v1/audit/events?from=yesterday", user.accessToken()));
        assertBadRequest(api.get("/api/v1/audit/events?cursor=%25%25%25", user.accessToken()));
    }

    private static void assertBadRequest(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body())
                .contains("\"status\":400")
                .contains("requestId")
                .doesNotContain("Exception")
                .doesNotContain("at dev.ordo")
                .doesNotContain("at org.");
    }
}
