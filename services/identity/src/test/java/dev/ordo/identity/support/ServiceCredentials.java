package dev.ordo.identity.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.testsupport.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A service asking identity's token endpoint for a client-credentials token, as projects does. */
public final class ServiceCredentials {

    /** As configured in src/test/resources/application.properties. */
    public static final String PROJECTS = "projects";

    public static final String PROJECTS_SECRET = "test-secret-of-projects";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceCredentials() {}

    /** A token request with this Authorization header (or none) and this form body. */
    public static Api.Response request(int port, String authorization, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String clientId, String secret) {
        return "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** A directory token of the projects service. */
    public static String projectsToken(int port) {
        Api.Response response =
                request(port, basic(PROJECTS, PROJECTS_SECRET), "grant_type=client_credentials&scope=directory");
        assertThat(response.status()).as("token: %s", response).isEqualTo(200);
        return response.json().get("access_token").asString();
    }
}
