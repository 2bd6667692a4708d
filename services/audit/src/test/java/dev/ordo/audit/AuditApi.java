package dev.ordo.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as a client sees it, over a real socket. */
public final class AuditApi {

    public record Response(int status, String contentType, JsonNode body) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final JsonMapper json;

    public AuditApi(int port, JsonMapper json) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.json = json;
    }

    /** GET /api/v1/audit/events with {@code params} (name, value, name, value…) and an optional token. */
    public Response events(String token, String... params) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            query.put(params[i], params[i + 1]);
        }
        return get("/api/v1/audit/events", token, query);
    }

    public Response get(String path, String token, Map<String, String> query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(baseUrl).path(path);
        query.forEach(uri::queryParam);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(uri.encode().build().toUriString()))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    body == null || body.isBlank() ? null : json.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
