package dev.ordo.gateway.support;

import dev.ordo.testsupport.OrdoIntegrationTest;
import dev.ordo.testsupport.TestJwks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway booted whole, with the routes of services.table, in front of fake services (identity, tasks,
 * calendar, comments, notifications, search and audit) and one more, projects, that is down. Requests go over real HTTP, as a browser or the
 * web app would send them.
 */
@OrdoIntegrationTest
@TestPropertySource(
        properties = {
            "management.server.port=0",
            // every test calls from 127.0.0.1, and each new token is counted by address once before it is known
            "ordo.gateway.rate-limit.per-ip=100000",
            "ordo.gateway.docs.cache-ttl=0s",
            "ordo.gateway.docs.timeout=1s",
            "spring.http.clients.connect-timeout=1s",
            "spring.http.clients.read-timeout=2s"
        })
public abstract class GatewayTestSupport {

    protected static final FakeService IDENTITY = FakeService.start("identity", FakeApiDocs.IDENTITY);
    protected static final FakeService AUDIT = FakeService.start("audit", FakeApiDocs.AUDIT);
    protected static final FakeService TASKS = FakeService.start("tasks", FakeApiDocs.TASKS);
    protected static final FakeService CALENDAR = FakeService.start("calendar", FakeApiDocs.CALENDAR);
    protected static final FakeService COMMENTS = FakeService.start("comments", FakeApiDocs.COMMENTS);
    protected static final FakeService NOTIFICATIONS = FakeService.start("notifications", FakeApiDocs.NOTIFICATIONS);
    protected static final FakeService SEARCH = FakeService.start("search", FakeApiDocs.SEARCH);
    protected static final String PROJECTS_DOWN = "http://127.0.0.1:" + FakeService.closedPort();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("ordo.services.identity.url", IDENTITY::url);
        registry.add("ordo.services.audit.url", AUDIT::url);
        registry.add("ordo.services.tasks.url", TASKS::url);
        registry.add("ordo.services.calendar.url", CALENDAR::url);
        registry.add("ordo.services.comments.url", COMMENTS::url);
        registry.add("ordo.services.notifications.url", NOTIFICATIONS::url);
        registry.add("ordo.services.search.url", SEARCH::url);
        // its routes and docs entry (services.table) point at nothing
        registry.add("ordo.services.projects.url", () -> PROJECTS_DOWN);
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request.build());
    }

    protected static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = request(path).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    protected static String tokenForSomeone() {
        return TestJwks.get().tokenFor(UUID.randomUUID());
    }

    /** A path no other test uses, so what a fake service received for it belongs to this test alone. */
    protected static String uniqueUserPath() {
        return "/api/v1/users/" + UUID.randomUUID();
    }
}
