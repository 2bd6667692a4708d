package dev.ordo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a tiny server that answers with what it received. */
class ApiTest {

    HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String echo = Api.json(Map.of(
                    "method", exchange.getRequestMethod(),
                    "uri", exchange.getRequestURI().toString(),
                    "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    "forwardedFor", String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")),
                    "ifMatch", String.valueOf(exchange.getRequestHeaders().getFirst("If-Match")),
                    "contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                    "body", body,
                    "items", new Object[] {Map.of("title", "a"), Map.of("title", "b")},
                    "type", "https://ordo.dev/problems/not-found"));
            byte[] bytes = echo.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(404, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_request_carries_the_token_the_json_body_and_the_extra_headers() {
        Api.Response response = Api.on(server.getAddress().getPort())
                .patch("/things/1", "t0ken", Map.of("title", "x"), Map.of("If-Match", "\"3\""));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.field("method")).isEqualTo("PATCH");
        assertThat(response.field("authorization")).isEqualTo("Bearer t0ken");
        assertThat(response.field("ifMatch")).isEqualTo("\"3\"");
        assertThat(response.field("contentType")).isEqualTo("application/json");
        assertThat(response.field("body")).isEqualTo("{\"title\":\"x\"}");
        assertThat(response.field("forwardedFor")).isEqualTo("null");
        assertThat(response.titles()).containsExactly("a", "b");
        assertThat(response.isProblem()).isTrue();
        assertThat(response.problem()).isEqualTo("not-found");
    }

    @Test
    void a_client_with_an_address_of_its_own_sends_it_and_raw_bodies_go_as_they_are() {
        Api api = Api.fromOwnAddress(server.getAddress().getPort());

        Api.Response response = api.postJson("/raw", null, "{\"a\":1,\"a\":2}");

        assertThat(api.clientIp()).startsWith("10.");
        assertThat(response.field("forwardedFor")).isEqualTo(api.clientIp());
        assertThat(response.field("authorization")).isEqualTo("null");
        assertThat(response.field("body")).isEqualTo("{\"a\":1,\"a\":2}");
        assertThat(api.post("/act", "t").field("body")).isEmpty();
    }

    @Test
    void query_parameters_are_encoded() {
        assertThat(Api.query("filter", "p1 & #Work", "limit", "2")).isEqualTo("?filter=p1+%26+%23Work&limit=2");
    }
}
