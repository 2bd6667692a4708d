package dev.ordo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TestJwks;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Whatever a client sends, it gets a 4xx problem+json that tells it what is wrong, and no insides. */
@IdentityIntegrationTest
class BadInputTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void newClient() {
        api = Api.fromOwnAddress(port);
    }

    @Test
    void a_1000_character_email_is_a_400_problem_on_registration_and_login() {
        String email = "a".repeat(990) + "@example.test";

        assertIsCleanProblem(
                api.post(
                        "/api/v1/auth/register",
                        null,
                        Map.of("email", email, "password", "long-enough", "name", "Long")),
                400);
        assertIsCleanProblem(
                api.post("/api/v1/auth/login", null, Map.of("email", email, "password", "long-enough")), 400);
    }

    @Test
    void malformed_json_is_a_400_problem() {
        assertIsCleanProblem(api.postJson("/api/v1/auth/register", null, "{\"email\": \"a@b.test\", "), 400);
        assertIsCleanProblem(api.postJson("/api/v1/auth/login", null, "not json at all"), 400);
        assertIsCleanProblem(api.postJson("/api/v1/auth/refresh", null, ""), 400);
    }

    @Test
    void values_of_the_wrong_json_type_are_a_400_problem_naming_the_field() {
        Api.Response response = api.postJson(
                "/api/v1/auth/register", null, "{\"email\": 12345, \"password\": \"long-enough\", \"name\": \"N\"}");
        assertIsCleanProblem(response, 400);
        assertThat(response.json().get("detail").asString()).contains("email");

        assertIsCleanProblem(
                api.postJson("/api/v1/auth/login", null, "{\"email\": [\"a@b.test\"], \"password\": {}}"), 400);
        assertIsCleanProblem(api.postJson("/api/v1/auth/refresh", null, "{\"refreshToken\": true}"), 400);
    }

    @Test
    void a_request_without_a_valid_token_is_a_401_problem() {
        assertIsCleanProblem(api.get("/api/v1/users/me", null), 401);
        assertIsCleanProblem(api.get("/api/v1/users/me", "not.a.jwt"), 401);
        // signed properly, but not by one of identity's keys
        assertIsCleanProblem(api.get("/api/v1/users/me", TestJwks.get().tokenFor(UUID.randomUUID())), 401);
    }

    @Test
    void a_malformed_user_id_in_the_path_is_a_400_problem() {
        Accounts accounts = new Accounts(api);
        String token = accounts.login(accounts.register()).accessToken();

        assertIsCleanProblem(api.get("/api/v1/users/not-a-uuid", token), 400);
    }

    private static void assertIsCleanProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().has("requestId")).isTrue();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "tools.jackson", "org.springframework");
    }
}
