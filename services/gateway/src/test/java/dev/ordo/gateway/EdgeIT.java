package dev.ordo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.gateway.support.GatewayTestSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** CORS for the web app's dev server (dev profile), actuator kept off the public port, and no database. */
@ActiveProfiles("dev")
class EdgeIT extends GatewayTestSupport {

    private static final String WEB_APP = "http://localhost:5173";

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext context;

    @Test
    void aPreflightFromTheWebAppIsAllowedWithoutAToken() {
        String path = uniqueUserPath();

        HttpResponse<String> response = send(preflight(path, WEB_APP));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(WEB_APP);
        assertThat(response.headers()
                        .firstValue("Access-Control-Allow-Headers")
                        .orElseThrow()
                        .toLowerCase())
                .contains("authorization", "content-type", "x-request-id", "idempotency-key");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
                .contains("POST");
        assertThat(IDENTITY.received(path)).isEmpty();
    }

    @Test
    void aPreflightFromAnotherOriginIsRejectedWithAProblem() {
        HttpResponse<String> response = send(preflight(uniqueUserPath(), "https://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("requestId").asString()).isNotBlank();
    }

    @Test
    void theWebAppMayReadTheRequestIdAndRetryAfter() {
        HttpResponse<String> response = send(request(uniqueUserPath())
                .GET()
                .header("Origin", WEB_APP)
                .header("Authorization", "Bearer " + tokenForSomeone()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(WEB_APP);
        assertThat(response.headers()
                        .firstValue("Access-Control-Expose-Headers")
                        .orElseThrow())
                .contains("X-Request-Id", "Retry-After");
    }

    @Test
    void actuatorIsNotOnThePublicPort() {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void actuatorHealthIsOnTheManagementPort() {
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                            .GET()
                            .build());

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(json(response).path("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void thePublicPortListensOnEveryInterfaceAndTheManagementPortOnlyOnTheBindAddress() {
        assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("0.0.0.0");
        assertThat(context.getEnvironment().getProperty("management.server.address"))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void theGatewayRunsWithoutADatabase() {
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
    }

    private HttpRequest.Builder preflight(String path, String origin) {
        return request(path)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-request-id,idempotency-key");
    }
}
