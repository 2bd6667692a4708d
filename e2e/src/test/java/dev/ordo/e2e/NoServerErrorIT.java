package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The requests that answered 5xx when Ordo was probed (issue 9), each now a 4xx problem+json with the
 * request id: sent through the gateway, most of them byte for byte as the probe wrote them.
 */
class NoServerErrorIT {

    private static final String MAX_LONG = Long.toString(Long.MAX_VALUE);
    /** The largest position a client may write (2^53 − 1, exact in JavaScript). */
    private static final long MAX_POSITION = 9_007_199_254_740_991L;

    private static Api api;
    private static RawHttp raw;
    private static Users.SignedIn ada;
    private static String token;
    private static String project;

    @BeforeAll
    static void system() {
        String gateway = OrdoSystem.get().gatewayUrl();
        api = new Api(gateway);
        raw = new RawHttp(gateway);
        ada = new Users(api).registerAndSignIn("ada");
        token = ada.accessToken();
        project = api.post("/api/v1/projects", Map.of("name", "Probe"), token)
                .json()
                .get("id")
                .asString();
        await("tasks knows the project")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() ->
                        api.get("/api/v1/sections?projectId=" + project, token).status() == 200);
    }

    @Test
    void nul_in_a_title_name_filter_quick_add_or_login_is_a_400_problem() throws IOException {
        assertProblem(
                400,
                json("POST", "/api/v1/tasks", "{\"title\":\"Buy\\u0000 milk\",\"projectId\":\"" + project + "\"}"));
        assertProblem(400, json("POST", "/api/v1/projects", "{\"name\":\"Gar\\u0000den\"}"));
        assertProblem(
                400, json("POST", "/api/v1/sections", "{\"name\":\"Ca\\u0000lls\",\"projectId\":\"" + project + "\"}"));
        assertProblem(400, json("POST", "/api/v1/labels", "{\"name\":\"ph\\u0000one\"}"));
        assertProblem(400, json("POST", "/api/v1/filters", "{\"name\":\"Work\",\"query\":\"p1 \\u0000\"}"));
        assertProblem(400, json("POST", "/api/v1/tasks/quick", "{\"text\":\"Call Bob\\u0000 tomorrow\"}"));
        assertProblem(400, get("/api/v1/tasks?filter=p1%00"));
        assertProblem(400, get("/api/v1/audit/events?type=task%00created"));
        RawHttp.Response login = raw.send(
                "POST",
                "/api/v1/auth/login",
                List.<String[]>of(new String[] {"Content-Type", "application/json"}),
                utf8("{\"email\":\"ada\\u0000@example.com\",\"password\":\"" + Users.PASSWORD + "\"}"));
        assertProblem(400, login);
    }

    @Test
    void a_lone_surrogate_in_text_is_a_400_problem() throws IOException {
        assertProblem(
                400,
                json("POST", "/api/v1/tasks", "{\"title\":\"Buy \\ud800 milk\",\"projectId\":\"" + project + "\"}"));
        assertProblem(400, json("POST", "/api/v1/projects", "{\"name\":\"\\udc00\"}"));
        assertProblem(400, get("/api/v1/tasks?filter=%23%ED%A0%80"));
    }

    @Test
    void malformed_percent_encoding_is_a_400_problem_on_every_route() throws IOException {
        for (String target : List.of(
                "/api/v1/tasks?x=%zz",
                "/api/v1/projects?cursor=%%%",
                "/api/v1/tasks?cursor=%%%",
                "/api/v1/audit/events?cursor=%%%",
                "/api/v1/users/me?x=%zz",
                "/api/v1/labels?%zz=1")) {
            assertProblem(400, get(target));
        }
    }

    @Test
    void a_cursor_this_service_did_not_write_is_a_400_problem() throws IOException {
        // two well-formed base64url parts holding what no cast in the database can take
        for (String list : List.of(
                "/api/v1/sections?projectId=" + project + "&",
                "/api/v1/labels?",
                "/api/v1/filters?",
                "/api/v1/projects/" + project + "/priority-rules?",
                "/api/v1/tasks?")) {
            assertProblem(400, get(list + "cursor=YWJj.eHl6"));
        }
        assertProblem(400, get("/api/v1/tasks?cursor=cG9zaXRpb24.MTc2NDAwMDAwMDAwMDAwMA.YWJj.eHl6"));
    }

    @Test
    void control_characters_in_a_header_are_refused_as_a_problem_never_a_server_error() throws IOException {
        RawHttp.Response response = raw.send(
                "GET",
                "/api/v1/users/me",
                List.of(new String[] {"Authorization", "Bearer " + token}, new String[] {"X-Note", "a\u0001b\u007fc"}),
                null);
        assertThat(response.status()).as(response.body()).isLessThan(500);
        if (response.status() >= 400) {
            assertProblem(response.status(), response);
        }
    }

    @Test
    void an_encoded_slash_or_nul_in_the_path_is_a_4xx_problem() throws IOException {
        for (String target : List.of(
                "/api/v1/tasks/a%2Fb", "/api/v1/tasks/%00", "/api/v1/projects/x%2F..%2Fy", "/api/v1/labels/%2F")) {
            RawHttp.Response response = get(target);
            assertThat(response.status()).as(target + " → " + response.body()).isBetween(400, 499);
            assertProblem(response.status(), response);
        }
    }

    @Test
    void an_oversize_header_is_a_4xx_problem() throws IOException {
        RawHttp.Response response = raw.send(
                "GET",
                "/api/v1/users/me",
                List.of(new String[] {"Authorization", "Bearer " + token}, new String[] {"X-Big", "x".repeat(64 * 1024)
                }),
                null);
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertProblem(response.status(), response);
    }

    @Test
    void a_position_at_the_end_of_the_range_does_not_break_creating_tasks_and_a_larger_one_is_refused() {
        String first = created(api.post("/api/v1/tasks", Map.of("title", "First", "projectId", project), token));
        assertThat(api.patch("/api/v1/tasks/" + first, Map.of("position", Long.MAX_VALUE), token)
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/tasks",
                                Map.of("title", "Far", "projectId", project, "position", Long.MAX_VALUE),
                                token)
                        .status())
                .isEqualTo(400);
        Api.Response atEnd = api.patch("/api/v1/tasks/" + first, Map.of("position", MAX_POSITION), token);
        assertThat(atEnd.status()).as(atEnd.body()).isEqualTo(200);

        Api.Response next = api.post("/api/v1/tasks", Map.of("title", "Next", "projectId", project), token);
        assertThat(next.status())
                .as("a create after a task at the end of the range: " + next.body())
                .isEqualTo(201);
        long renumbered =
                api.get("/api/v1/tasks/" + first, token).json().get("position").asLong();
        assertThat(renumbered).as("the siblings were renumbered").isLessThan(MAX_POSITION);
        assertThat(next.json().get("position").asLong())
                .as("the new task goes last")
                .isGreaterThan(renumbered);

        for (String path :
                List.of("/api/v1/sections", "/api/v1/filters", "/api/v1/projects/" + project + "/priority-rules")) {
            Map<String, Object> body = new java.util.HashMap<>(
                    switch (path) {
                        case "/api/v1/sections" -> Map.of("name", "S", "projectId", project);
                        case "/api/v1/filters" -> Map.of("name", "F" + System.nanoTime(), "query", "p1");
                        default -> Map.of("name", "R", "when", "p1", "then", Map.of("priority", "HIGH"));
                    });
            body.put("position", Long.MAX_VALUE);
            assertThat(api.post(path, body, token).status()).as(path).isEqualTo(400);
            body.put("position", MAX_POSITION);
            assertThat(api.post(path, body, token).status()).as(path).isEqualTo(201);
            body.remove("position");
            if (path.endsWith("filters")) {
                body.put("name", "G" + System.nanoTime());
            }
            Api.Response after = api.post(path, body, token);
            assertThat(after.status())
                    .as(path + " after one at the end: " + after.body())
                    .isEqualTo(201);
            assertThat(after.json().get("position").asLong()).isLessThan(MAX_POSITION);
        }
    }

    @Test
    void dates_outside_the_years_1_to_9999_are_a_400_problem() throws IOException {
        for (String body : List.of(
                "{\"title\":\"T\",\"due\":{\"date\":\"+999999-01-01\"}}",
                "{\"title\":\"T\",\"due\":{\"date\":\"0000-01-01\"}}",
                "{\"title\":\"T\",\"due\":{\"datetime\":\"+999999-01-01T00:00:00Z\"}}",
                "{\"title\":\"T\",\"due\":{\"datetime\":\"+999999999-12-31T23:59:59\",\"timezone\":\"Etc/GMT+12\"}}",
                "{\"title\":\"T\",\"deadline\":\"+999999-01-01\"}",
                "{\"title\":\"T\",\"deadline\":\"-0001-12-31\"}")) {
            assertProblem(
                    400,
                    json(
                            "POST",
                            "/api/v1/tasks",
                            body.replace("{\"title\":\"T\"", "{\"title\":\"T\",\"projectId\":\"" + project + "\"")));
        }
        assertProblem(400, get("/api/v1/audit/events?from=%2B999999-01-01T00:00:00Z"));
        assertProblem(400, get("/api/v1/audit/events?to=0000-01-01T00:00:00Z"));
        assertProblem(400, get("/api/v1/audit/events?from=-000001-01-01T00:00:00Z"));
    }

    @Test
    void a_null_label_is_a_400_problem() throws IOException {
        assertProblem(
                400,
                json("POST", "/api/v1/tasks", "{\"title\":\"T\",\"projectId\":\"" + project + "\",\"labels\":[null]}"));
        String task = created(api.post("/api/v1/tasks", Map.of("title", "Labelled", "projectId", project), token));
        assertProblem(400, json("PATCH", "/api/v1/tasks/" + task, "{\"labels\":[\"home\",null]}"));
    }

    @Test
    void duplicate_json_keys_are_a_400_problem() throws IOException {
        assertProblem(
                400,
                json("POST", "/api/v1/tasks", "{\"title\":\"A\",\"title\":\"B\",\"projectId\":\"" + project + "\"}"));
        assertProblem(400, json("POST", "/api/v1/projects", "{\"name\":\"A\",\"name\":\"B\"}"));
        assertProblem(
                400,
                raw.send(
                        "POST",
                        "/api/v1/auth/login",
                        List.<String[]>of(new String[] {"Content-Type", "application/json"}),
                        utf8("{\"email\":\"a@b.io\",\"email\":\"c@d.io\",\"password\":\"x\"}")));
    }

    @Test
    void a_chunked_body_over_the_limit_through_the_gateway_is_a_413_problem() throws IOException {
        List<String[]> headers = new ArrayList<>(authorized());
        headers.add(new String[] {"Content-Type", "application/json"});
        headers.add(new String[] {"Transfer-Encoding", "chunked"});
        RawHttp.Response response = raw.send("POST", "/api/v1/tasks", headers, RawHttp.chunked(2 * 1024 * 1024, ' '));
        assertProblem(413, response);
    }

    private static RawHttp.Response get(String target) throws IOException {
        return raw.send("GET", target, authorized(), null);
    }

    private static RawHttp.Response json(String method, String target, String body) throws IOException {
        List<String[]> headers = new ArrayList<>(authorized());
        headers.add(new String[] {"Content-Type", "application/json"});
        return raw.send(method, target, headers, utf8(body));
    }

    private static List<String[]> authorized() {
        return List.<String[]>of(new String[] {"Authorization", "Bearer " + token});
    }

    private static void assertProblem(int status, RawHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        JsonNode problem = Api.JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("requestId").asString("")).as(response.body()).isNotBlank();
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("at dev.ordo")
                .doesNotContain("at org.");
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
