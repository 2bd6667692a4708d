package dev.ordo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public API as a client sees it: JSON over HTTP through the gateway. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** Any method, with extra headers (If-Match, Idempotency-Key...). */
    Response send(String method, String path, Object body, String token, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, token);
        headers.forEach(builder::header);
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, publisher));
    }

    Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    Response post(String path, Object body, String token) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : JSON.writeValueAsString(body))));
    }

    Response patch(String path, Object body, String token) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString(
                                body instanceof String s ? s : JSON.writeValueAsString(body))));
    }

    /**
     * POSTs until it is answered 201: the service behind {@code path} learns of the caller's projects from events,
     * so a first post may come before it has.
     */
    Response awaitCreated(String path, Object body, String token) {
        Response[] created = new Response[1];
        org.awaitility.Awaitility.await(path + " takes the post")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    created[0] = post(path, body, token);
                    org.assertj.core.api.Assertions.assertThat(created[0].status())
                            .as(created[0].body())
                            .isEqualTo(201);
                });
        return created[0];
    }

    /** A multipart/form-data POST with one file part named {@code file}, as a browser's upload sends it. */
    Response upload(String path, String fileName, String contentType, byte[] content, String token) {
        String boundary = "ordo-e2e-" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofByteArray(tail))));
    }

    /** A GET whose body is bytes (a download). */
    BinaryResponse download(String path, String token) {
        try {
            HttpResponse<byte[]> response =
                    HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record BinaryResponse(int status, java.net.http.HttpHeaders headers, byte[] body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
