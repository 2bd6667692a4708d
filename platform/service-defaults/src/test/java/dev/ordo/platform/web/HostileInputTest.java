package dev.ordo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.testsupport.OrdoTestEnvironment;
import dev.ordo.testsupport.TestJwks;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * No input answers 5xx: what an attacker's probe sent to every service, each a 400 (or 413/431) problem
 * with a request id — from the JSON reader, the parameter binding, the query string and Tomcat itself.
 */
@SpringBootTest(
        classes = ProbeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ordo.security.public-paths=/public/**", "spring.application.name=probe"})
@ContextConfiguration(initializers = OrdoTestEnvironment.class)
class HostileInputTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String token = TestJwks.get().tokenFor(UUID.randomUUID());

    @Value("${local.server.port}")
    int port;

    @Test
    void a_well_formed_plan_passes_with_dates_at_both_ends_of_the_range() throws Exception {
        HttpResponse<String> response = post("/probe/plan", """
                {"title":"Plan \\ud83d\\ude00","due":"9999-12-31","at":"0001-01-01T00:00:00Z",
                 "from":"2026-01-01T10:00:00+02:00","zoned":"2026-01-01T10:00:00Z","local":"2026-01-01T10:00:00",
                 "labels":["a","b"],"ids":[]}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\uD83D\uDE00");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\":\"a\\u0000b\"}",
                "{\"labels\":[\"ok\",\"x\\u0000\"]}",
                "{\"owner\":{\"email\":\"a@b.io\",\"name\":\"\\u0000\",\"age\":1}}"
            })
    void a_nul_character_in_any_string_answers_400(String body) throws Exception {
        HttpResponse<String> response = post("/probe/plan", body);
        assertProblem(response, 400);
        assertThat(response.body()).contains("NUL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\":\"a\\ud800b\"}", "{\"title\":\"\\udc00\"}", "{\"labels\":[\"\\ud83d\"]}"})
    void a_lone_surrogate_in_a_string_answers_400(String body) throws Exception {
        HttpResponse<String> response = post("/probe/plan", body);
        assertProblem(response, 400);
        assertThat(response.body()).contains("surrogate");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"due\":\"+999999-01-01\"}",
                "{\"due\":\"-0001-01-01\"}",
                "{\"due\":\"0000-12-31\"}",
                "{\"at\":\"+10000-01-01T00:00:00Z\"}",
                "{\"at\":-99999999999999}",
                "{\"from\":\"+999999-01-01T00:00:00Z\"}",
                "{\"zoned\":\"+12345-01-01T00:00:00Z\"}",
                "{\"local\":\"+999999-01-01T00:00:00\"}"
            })
    void every_date_type_is_limited_to_the_years_1_to_9999(String body) throws Exception {
        HttpResponse<String> response = post("/probe/plan", body);
        assertProblem(response, 400);
        assertThat(response.body()).contains("years 1 to 9999");
    }

    @Test
    void a_null_inside_a_list_answers_400_naming_it() throws Exception {
        HttpResponse<String> response = post("/probe/plan", "{\"labels\":[null]}");
        assertProblem(response, 400);
        assertThat(response.body()).contains("labels[0]");
        assertProblem(post("/probe/plan", "{\"ids\":[null]}"), 400);
    }

    @Test
    void a_null_list_itself_is_still_allowed() throws Exception {
        assertThat(post("/probe/plan", "{\"labels\":null,\"due\":null}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_key_given_twice_answers_400() throws Exception {
        HttpResponse<String> response = post("/probe/plan", "{\"title\":\"a\",\"title\":\"b\"}");
        assertProblem(response, 400);
        assertThat(response.body()).contains("twice");
    }

    @Test
    void an_unknown_field_answers_400_naming_it() throws Exception {
        HttpResponse<String> response = post("/probe/plan", "{\"title\":\"a\",\"createdBy\":\"me\"}");
        assertProblem(response, 400);
        assertThat(response.body()).contains("'createdBy'");
    }

    @Test
    void values_of_the_wrong_json_type_are_not_coerced() throws Exception {
        assertProblem(post("/probe/plan", "{\"title\":5}"), 400);
        assertProblem(post("/probe/signup", "{\"email\":\"a@b.io\",\"name\":\"A\",\"age\":\"3\"}"), 400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "q=%00",
                "q=a%00b",
                "q=%zz",
                "cursor=%%%",
                "q=%",
                "q=%e",
                "q=%ff",
                "q=%ed%a0%80",
                "from=+999999-01-01",
                "from=%2B999999-01-01",
                "at=%2B10000-01-01T00:00:00Z",
                "german=01.01.0000",
                "from=tomorrow"
            })
    void a_bad_query_parameter_answers_400(String query) throws Exception {
        assertRawProblem(
                raw("GET /probe/search?" + query + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                        + "\r\nConnection: close\r\n\r\n"),
                400);
    }

    @Test
    void good_query_parameters_pass() throws Exception {
        HttpResponse<String> response = send(request(
                        "/probe/search?q=caf%C3%A9+%F0%9F%98%80&from=2026-02-01&at=2026-02-01T10:00:00Z&german=24.12.2026")
                .GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("café \uD83D\uDE00").contains("2026-12-24");
    }

    @Test
    void a_malformed_query_string_is_refused_on_every_path_even_unknown_ones() throws Exception {
        assertRawProblem(raw("GET /nothing/here?x=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
        assertRawProblem(raw("GET /public/ping?x=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void a_control_character_in_a_header_answers_a_400_problem_from_tomcat_itself() throws Exception {
        String answer = raw("GET /public/ping HTTP/1.1\r\nHost: x\r\nX-Evil: a\u0001b\r\nX-Request-Id: probe-1\r\n"
                + "Connection: close\r\n\r\n");
        assertRawProblem(answer, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/public/a%2Fb", "/public/a%00b", "/api/v1/x%2F..%2F..", "/public/%ff"})
    void an_encoded_slash_or_nul_in_the_path_answers_a_400_problem(String path) throws Exception {
        assertRawProblem(raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    }

    /**
     * Spring Security's firewall, with its shortcut for printable ASCII, refuses what its default refuses: a
     * header the chain reads (the token) with a control character is a 400 (NUL, CR and DEL are refused by
     * Tomcat before; a C1 control such as U+0085 gets past Tomcat and is the firewall's).
     */
    @ParameterizedTest
    @ValueSource(strings = {"abc\u0085def", "abc\u0000def", "abc\rdef", "abc\u007fdef"})
    void a_control_character_in_the_token_header_answers_400(String value) throws Exception {
        String answer = raw("GET /probe/page HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + value
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("Exception");
    }

    @Test
    void printable_ascii_and_a_tab_in_headers_pass_the_firewall() throws Exception {
        String answer = raw("GET /probe/page HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                + "\r\nAccept: application/json,\ttext/plain\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    /** One observation per request (Spring MVC's): the security chain's filters are not each observed. */
    @Test
    void the_security_chain_makes_no_observations_of_its_own(
            @Autowired SecurityObservationSettings observations,
            @Autowired @Qualifier("springSecurityFilterChain") Filter chain) {
        assertThat(chain).isInstanceOf(FilterChainProxy.class);
        assertThat(observations.shouldObserveRequests()).isFalse();
        assertThat(observations.shouldObserveAuthentications()).isFalse();
        assertThat(observations.shouldObserveAuthorizations()).isFalse();
        assertThat(ReflectionTestUtils.getField(chain, "filterChainDecorator"))
                .isNotInstanceOf(ObservationFilterChainDecorator.class);
    }

    @Test
    void oversize_headers_answer_a_problem_not_an_html_page() throws Exception {
        String answer = raw("GET /public/ping HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(40_000)
                + "\r\nConnection: close\r\n\r\n");
        assertRawProblem(answer, 400);
    }

    @Test
    void an_oversize_request_line_answers_a_problem_not_an_html_page() throws Exception {
        String answer =
                raw("GET /public/ping?x=" + "a".repeat(40_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 4");
        assertThat(answer)
                .containsIgnoringCase("Content-Type: application/problem+json")
                .doesNotContain("<html");
    }

    private void assertRawProblem(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer)
                .containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":" + status)
                .contains("\"requestId\":\"")
                .doesNotContain("<html")
                .doesNotContain("Tomcat")
                .doesNotContain("Exception");
    }

    /** What a client that writes bytes itself gets: java.net.http refuses to send most of these requests. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"requestId\"")
                .doesNotContain("Exception")
                .doesNotContain("tools.jackson");
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
