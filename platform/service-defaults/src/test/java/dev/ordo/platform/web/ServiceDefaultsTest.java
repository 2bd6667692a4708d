package dev.ordo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.testsupport.OrdoTestEnvironment;
import dev.ordo.testsupport.TestJwks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(
        classes = ProbeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ordo.security.public-paths=/public/**",
            "ordo.web.max-body-size=2KB",
            "spring.application.name=probe",
            "management.server.port=0"
        })
@ContextConfiguration(initializers = OrdoTestEnvironment.class)
class ServiceDefaultsTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token = TestJwks.get().tokenFor(UUID.randomUUID());

    @Value("${local.server.port}")
    int port;

    @org.springframework.boot.test.web.server.LocalManagementPort
    int managementPort;

    @Test
    void a_valid_request_passes_and_gets_a_request_id_header() throws Exception {
        HttpResponse<String> response = post("/probe/signup", "{\"email\":\"a@b.io\",\"name\":\"A\",\"age\":3}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void the_request_id_a_client_sends_is_kept_and_returned_in_errors() throws Exception {
        HttpResponse<String> response =
                send(request("/probe/missing").header("X-Request-Id", "abc-123").GET());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Request-Id")).contains("abc-123");
        assertThat(response.body()).contains("\"requestId\":\"abc-123\"").contains("No such thing.");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
    }

    @Test
    void a_request_id_that_is_not_sane_is_replaced() throws Exception {
        HttpResponse<String> response = send(request("/probe/missing")
                .header("X-Request-Id", "x".repeat(300))
                .GET());
        assertThat(response.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).hasSizeLessThan(100));
    }

    @Test
    void invalid_fields_answer_400_with_every_field_error() throws Exception {
        HttpResponse<String> response =
                post("/probe/signup", "{\"email\":\"" + "a".repeat(1000) + "@x.io\",\"name\":\"\",\"age\":1}");
        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"email\"").contains("\"field\":\"name\"");
    }

    @Test
    void malformed_json_answers_400_not_500() throws Exception {
        HttpResponse<String> response = post("/probe/signup", "{\"email\": ");
        assertProblem(response, 400);
        assertThat(response.body()).contains("not well-formed JSON");
    }

    @Test
    void a_value_of_the_wrong_type_answers_400_naming_the_field() throws Exception {
        HttpResponse<String> response = post("/probe/signup", "{\"email\":\"a@b.io\",\"name\":\"A\",\"age\":\"old\"}");
        assertProblem(response, 400);
        assertThat(response.body()).contains("'age'");
    }

    @Test
    void a_body_over_the_limit_answers_413() throws Exception {
        HttpResponse<String> response = post("/probe/signup", "{\"name\":\"" + "n".repeat(4000) + "\"}");
        assertProblem(response, 413);
    }

    @Test
    void a_wrong_method_answers_405_and_a_wrong_content_type_415() throws Exception {
        assertProblem(send(request("/probe/signup").GET()), 405);
        assertProblem(
                send(request("/probe/signup")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("hi"))),
                415);
    }

    @Test
    void an_unknown_path_answers_404_problem_without_framework_text() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/nothing/here").GET());
        assertProblem(response, 404);
        assertThat(response.body())
                .contains("There is nothing at this address.")
                .doesNotContain("static resource");
    }

    @Test
    void a_bad_query_parameter_answers_400() throws Exception {
        assertProblem(send(request("/probe/page?limit=lots").GET()), 400);
        assertProblem(send(request("/probe/page?limit=1000").GET()), 400);
    }

    @Test
    void a_rate_limit_answers_429_with_retry_after() throws Exception {
        HttpResponse<String> response = send(request("/probe/limited").GET());
        assertProblem(response, 429);
        assertThat(response.headers().firstValue("Retry-After")).contains("42");
    }

    @Test
    void an_unexpected_error_answers_500_without_any_detail_of_the_inside() throws Exception {
        HttpResponse<String> response = send(request("/probe/boom").GET());
        assertProblem(response, 500);
        assertThat(response.body())
                .doesNotContain("secret internal detail")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at dev.ordo");
    }

    @Test
    void without_a_token_a_protected_path_answers_401_problem_and_a_public_one_answers() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri("/probe/missing")).GET());
        assertProblem(response, 401);
        assertThat(send(HttpRequest.newBuilder(uri("/public/ping")).GET()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_stale_token_sent_to_a_public_path_is_ignored_not_refused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/public/ping"))
                .header("Authorization", "Bearer " + TestJwks.get().expiredTokenFor(UUID.randomUUID()))
                .GET());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void expired_foreign_and_wrong_audience_tokens_are_refused() throws Exception {
        UUID user = UUID.randomUUID();
        for (String bad : new String[] {
            TestJwks.get().expiredTokenFor(user),
            TestJwks.get().tokenSignedByAStranger(user),
            TestJwks.get().tokenWithAudience(user, "other"),
            unsigned(user),
            "not-a-jwt"
        }) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/probe/page"))
                    .header("Authorization", "Bearer " + bad)
                    .GET());
            assertProblem(response, 401);
        }
    }

    @Test
    void health_and_metrics_answer_without_a_token_on_the_management_port() throws Exception {
        assertThat(managementPort).isNotIn(0, port);
        assertThat(send(HttpRequest.newBuilder(management("/actuator/health/readiness"))
                                .GET())
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> metrics =
                send(HttpRequest.newBuilder(management("/actuator/prometheus")).GET());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests");
    }

    @Test
    void no_actuator_endpoint_answers_on_the_public_port() throws Exception {
        for (String path : new String[] {
            "/actuator/health",
            "/actuator/health/readiness",
            "/actuator/prometheus",
            "/actuator/deadletters/ordo.identity.user",
            "/actuator"
        }) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", "Bearer " + TestJwks.get().tokenFor(UUID.randomUUID(), "user", "admin"))
                    .GET());
            assertProblem(response, 404);
            assertThat(response.body()).doesNotContain("static resource");
        }
    }

    @Test
    void dead_letters_are_for_admins_only() throws Exception {
        String path = "/actuator/deadletters/ordo.identity.user";
        assertProblem(send(HttpRequest.newBuilder(management(path)).GET()), 401);
        assertProblem(
                send(HttpRequest.newBuilder(management(path))
                        .header("Authorization", "Bearer " + token)
                        .GET()),
                403);
        HttpResponse<String> admin = send(HttpRequest.newBuilder(management(path))
                .header("Authorization", "Bearer " + TestJwks.get().tokenFor(UUID.randomUUID(), "user", "admin"))
                .GET());
        assertThat(admin.statusCode())
                .as("past security: this probe has no outbox, so no such endpoint")
                .isEqualTo(404);
    }

    /** A token with {@code alg: none}: a valid payload, no signature. */
    private static String unsigned(UUID user) {
        String claims = TestJwks.get().claims(user, "user").build().toString();
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "."
                + b64.encodeToString(claims.getBytes()) + ".";
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(response.body())
                .contains("\"status\":" + status)
                .contains("\"requestId\"")
                .doesNotContain("trace")
                .doesNotContain("Exception");
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
    }

    private URI management(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
