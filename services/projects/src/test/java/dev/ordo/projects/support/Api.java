package dev.ordo.projects.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the service over real HTTP, as a client behind the gateway would. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String path, String accessToken) {
        return send(request(path, accessToken).GET());
    }

    public Response delete(String path, String accessToken) {
        return send(request(path, accessToken).DELETE());
    }

    public Response post(String path, String accessToken, Object body) {
        return postJson(path, accessToken, json(body));
    }

    public Response post(String path, String accessToken) {
        return send(request(path, accessToken).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends {@code rawJson} as it is, for bodies no client library would produce. */
    public Response postJson(String path, String accessToken, String rawJson) {
        return send(request(path, accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawJson)));
    }

    public Response patch(String path, String accessToken, Object body) {
        return patchJson(path, accessToken, json(body));
    }

    public Response patchJson(String path, String accessToken, String rawJson) {
        return send(request(path, accessToken)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(rawJson)));
    }

    private HttpRequest.Builder request(String path, String accessToken) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return request;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String field(String name) {
            JsonNode value = json().get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
