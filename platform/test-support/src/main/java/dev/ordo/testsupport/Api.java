package dev.ordo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a service over real HTTP, as a client behind the gateway would: {@code api.post("/api/v1/tasks",
 * token, Map.of("title", "Buy milk"))}. A body is sent as JSON ({@link #json}: a {@code String} as it is,
 * anything else serialized), a token as {@code Authorization: Bearer}, extra headers as a map
 * ({@code Map.of("If-Match", etag)}). Never throws on a status: the {@link Response} says what came back.
 *
 * <p>{@link #fromOwnAddress(int)} gives the client an address of its own, sent as {@code X-Forwarded-For}:
 * the services trust loopback as the gateway, so that address becomes the request's remote address and
 * per-address limits of one test never touch another.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final String base;
    private final String clientIp;

    private Api(String base, String clientIp) {
        this.base = base;
        this.clientIp = clientIp;
    }

    /** A client of the service on {@code 127.0.0.1:port}. */
    public static Api on(int port) {
        return new Api("http://127.0.0.1:" + port, null);
    }

    /** A client with an address of its own (10.x.y.z), sent as X-Forwarded-For. */
    public static Api fromOwnAddress(int port) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String ip = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        return new Api("http://127.0.0.1:" + port, ip);
    }

    /** The address this client claims ({@code null} for {@link #on}). */
    public String clientIp() {
        return clientIp;
    }

    public Response get(String path, String token) {
        return get(path, token, Map.of());
    }

    public Response get(String path, String token, Map<String, String> headers) {
        return send(request(path, token, headers).GET());
    }

    public Response delete(String path, String token) {
        return delete(path, token, Map.of());
    }

    public Response delete(String path, String token, Map<String, String> headers) {
        return send(request(path, token, headers).DELETE());
    }

    /** A POST without a body (an action: {@code /tasks/{id}/complete}). */
    public Response post(String path, String token) {
        return send(request(path, token, Map.of()).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    public Response post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, json(body), headers);
    }

    /** Sends {@code rawJson} as it is, for bodies no client library would produce. */
    public Response postJson(String path, String token, String rawJson) {
        return send("POST", path, token, rawJson, Map.of());
    }

    public Response put(String path, String token, Object body) {
        return put(path, token, body, Map.of());
    }

    public Response put(String path, String token, Object body, Map<String, String> headers) {
        return send("PUT", path, token, json(body), headers);
    }

    public Response patch(String path, String token, Object body) {
        return patch(path, token, body, Map.of());
    }

    public Response patch(String path, String token, Object body, Map<String, String> headers) {
        return send("PATCH", path, token, json(body), headers);
    }

    /** Sends {@code rawJson} as it is, for bodies no client library would produce. */
    public Response patchJson(String path, String token, String rawJson) {
        return patchJson(path, token, rawJson, Map.of());
    }

    public Response patchJson(String path, String token, String rawJson, Map<String, String> headers) {
        return send("PATCH", path, token, rawJson, headers);
    }

    /** Any method, with a JSON body ({@code null}: none). */
    public Response send(String method, String path, String token, String rawJson, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token, headers);
        if (rawJson == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, HttpRequest.BodyPublishers.ofString(rawJson));
        }
        return send(request);
    }

    /** Encodes query parameters: {@code query("filter", "p1 & #Work")} is {@code ?filter=p1+%26+%23Work}. */
    public static String query(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parts.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return "?" + String.join("&", parts);
    }

    /** A body as JSON: a {@code String} as it is, anything else serialized. */
    public static String json(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    private HttpRequest.Builder request(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (clientIp != null) {
            request.header("X-Forwarded-For", clientIp);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
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

    /** What came back. */
    public record Response(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** A top-level field as text; {@code null} when it is missing or null. */
        public String field(String name) {
            JsonNode value = json().get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        /** The {@code id} of what was answered. */
        public String id() {
            return field("id");
        }

        /** The {@code items} of a page. */
        public List<JsonNode> items() {
            List<JsonNode> items = new ArrayList<>();
            JsonNode list = json().get("items");
            if (list != null) {
                list.forEach(items::add);
            }
            return items;
        }

        /** One field of every item of a page, as text: {@code itemValues("title")}. */
        public List<String> itemValues(String field) {
            return items().stream()
                    .map(item -> item.get(field) == null || item.get(field).isNull()
                            ? null
                            : item.get(field).asString())
                    .toList();
        }

        /** The titles of a page's items. */
        public List<String> titles() {
            return itemValues("title");
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** Whether this is an RFC 9457 problem. */
        public boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }

        /** A problem's name: {@code not-found} for {@code https://ordo.dev/problems/not-found}. */
        public String problem() {
            String type = field("type");
            return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
