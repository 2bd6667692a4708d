package dev.ordo.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the service over real HTTP, as a client behind the gateway would: every request carries this
 * client's own X-Forwarded-For address, so the per-address login limit of one test never touches another.
 * The tests trust loopback as a proxy (src/test/resources/application.properties), as the services trust
 * the gateway, so Tomcat makes that address the request's remote address.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String clientIp;

    private Api(String base, String clientIp) {
        this.base = base;
        this.clientIp = clientIp;
    }

    /** A client with an address of its own. */
    public static Api on(int port) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String ip = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        return new Api("http://127.0.0.1:" + port, ip);
    }

    public String clientIp() {
        return clientIp;
    }

    public Response get(String path, String accessToken) {
        return send(request(path, accessToken).GET());
    }

    public Response post(String path, Object body) {
        return postJson(path, null, json(body));
    }

    public Response post(String path, String accessToken, Object body) {
        return postJson(path, accessToken, json(body));
    }

    /** Sends {@code rawJson} as it is, for bodies no client library would produce. */
    public Response postJson(String path, String accessToken, String rawJson) {
        return send(request(path, accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawJson)));
    }

    public Response patch(String path, String accessToken, Object body, String... headers) {
        return patchJson(path, accessToken, json(body), headers);
    }

    public Response patchJson(String path, String accessToken, String rawJson, String... headers) {
        HttpRequest.Builder request = request(path, accessToken)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(rawJson));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path, String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("X-Forwarded-For", clientIp);
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
