package dev.ordo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.gateway.support.GatewayTestSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;

/**
 * What an attacker's probe sent to the gateway answers a 4xx problem+json with a request id, never a 5xx
 * or Tomcat's HTML page, and never reaches a service.
 */
@TestPropertySource(properties = "ordo.web.max-body-size=4KB")
class HostileInputIT extends GatewayTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"x=%zz", "cursor=%%%", "q=%00", "q=a%00b", "q=%ed%a0%80", "q=%ff"})
    void aMalformedOrNulQueryStringIsA400ProblemOnEveryRoute(String query) {
        for (String path : new String[] {"/api/v1/users/me", "/api/v1/auth/login", "/api/v1/nothing", "/today"}) {
            String answer = raw("GET " + path + "?" + query + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + tokenForSomeone() + "\r\nConnection: close\r\n\r\n");
            assertProblem(answer, 400);
        }
        assertThat(IDENTITY.received("/api/v1/users/me")).isEmpty();
    }

    @Test
    void aControlCharacterInAHeaderIsA400ProblemFromTomcatItself() {
        assertProblem(
                raw("GET /api/v1/users/me HTTP/1.1\r\nHost: x\r\nX-Evil: a\u0001b\r\nConnection: close\r\n\r\n"), 400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/users/a%2Fb",
                "/api/v1/users/a%00b",
                "/api/v1/users/%2e%2e%2F%2e%2e%2Factuator",
                "/api/v1/users/%ff"
            })
    void anEncodedSlashOrNulInThePathIsA400Problem(String path) {
        assertProblem(raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void oversizeHeadersAreAProblemNotAnHtmlPage() {
        assertProblem(
                raw("GET /api/v1/users/me HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(40_000)
                        + "\r\nConnection: close\r\n\r\n"),
                400);
    }

    @Test
    void anUnknownPathIsAPlain404ProblemWithoutFrameworkText() {
        HttpResponse<String> response = get("/api/v1/no-such-thing/here", tokenForSomeone());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .doesNotContain("static resource")
                .doesNotContain("No endpoint")
                .contains("There is nothing at this address.");
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemNotA502() {
        byte[] body = ("{\"email\":\"" + "a".repeat(10_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request("/api/v1/auth/login")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("requestId").asString()).isNotBlank();
    }

    @Test
    void aBodyWithALengthOverTheLimitIsA413ProblemAndNeverProxied() {
        int before = IDENTITY.received("/api/v1/auth/register").size();
        HttpResponse<String> response = send(request("/api/v1/auth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + "a".repeat(10_000) + "\"}")));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(IDENTITY.received("/api/v1/auth/register")).hasSize(before);
    }

    private static void assertProblem(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer)
                .containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":" + status)
                .contains("\"requestId\":\"")
                .doesNotContain("<html")
                .doesNotContain("Tomcat")
                .doesNotContain("Exception");
    }

    /** Bytes written by hand: java.net.http refuses to send most of these requests. */
    private String raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
