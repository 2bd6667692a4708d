package dev.ordo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.PlainJWT;
import dev.ordo.gateway.support.FakeService;
import dev.ordo.gateway.support.GatewayTestSupport;
import dev.ordo.platform.servicetable.Route;
import dev.ordo.platform.servicetable.ServiceTable;
import dev.ordo.testsupport.TestJwks;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What reaches the services through the gateway, and what never does. */
class RoutingIT extends GatewayTestSupport {

    @Test
    void aProtectedRouteWithoutATokenIsA401ProblemAndTheServiceSeesNothing() {
        String path = uniqueUserPath();

        HttpResponse<String> response = get(path, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("requestId").asString())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(IDENTITY.received(path)).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefused(TestJwks.get().expiredTokenFor(UUID.randomUUID()));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused(TestJwks.get().tokenWithAudience(UUID.randomUUID(), "someone-else"));
    }

    @Test
    void aTokenSignedByAStrangerIsRefused() {
        assertRefused(TestJwks.get().tokenSignedByAStranger(UUID.randomUUID()));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned =
                new PlainJWT(TestJwks.get().claims(UUID.randomUUID(), "user").build()).serialize();
        assertRefused(unsigned);
    }

    @Test
    void aValidTokenIsProxiedWithTheCallersTokenTheClientsRequestIdAndItsAddress() {
        String path = uniqueUserPath();
        String token = tokenForSomeone();

        HttpResponse<String> response = send(request(path)
                .GET()
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", "web-4711")
                .header("X-Forwarded-For", "203.0.113.9"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("service").asString()).isEqualTo("identity");
        assertThat(response.headers().allValues("X-Request-Id")).containsExactly("web-4711");
        assertThat(response.headers().firstValue("X-Served-By")).hasValue("identity");
        FakeService.Received received = IDENTITY.received(path).getFirst();
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.header("X-Request-Id")).isEqualTo("web-4711");
        // what a client claims to forward for is not believed: the gateway says who connected
        assertThat(received.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
    }

    @Test
    void theQueryStringReachesTheServiceAsTheClientSentIt() {
        String path = "/api/v1/tasks/" + UUID.randomUUID();
        String query = "q=a%2Bb%20c&sort=due,asc&label=%C3%A9t%C3%A9&empty=&flag";

        HttpResponse<String> response = get(path + "?" + query, tokenForSomeone());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TASKS.received(path).getFirst().rawQuery()).isEqualTo(query);
    }

    @Test
    void aMergePatchGoesOnWithItsBodyAndTypeButNotTheClientsForwardingOrHopByHopHeaders() {
        String path = "/api/v1/tasks/" + UUID.randomUUID();

        HttpResponse<String> response = send(request(path)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}"))
                .header("Authorization", "Bearer " + tokenForSomeone())
                .header("Content-Type", "application/merge-patch+json")
                .header("If-Match", "\"3\"")
                .header("Forwarded", "for=203.0.113.9")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Prefix", "/evil")
                .header("Proxy-Authorization", "Basic eDp5")
                .header("Keep-Alive", "timeout=5"));

        assertThat(response.statusCode()).isEqualTo(200);
        FakeService.Received received = TASKS.received(path).getFirst();
        assertThat(received.method()).isEqualTo("PATCH");
        assertThat(received.body()).isEqualTo("{\"title\":\"x\"}");
        assertThat(received.header("Content-Type")).isEqualTo("application/merge-patch+json");
        assertThat(received.header("If-Match")).isEqualTo("\"3\"");
        assertThat(received.header("Forwarded")).isNull();
        assertThat(received.header("X-Forwarded-Host")).isEqualTo("127.0.0.1:" + port);
        assertThat(received.header("X-Forwarded-Port")).isEqualTo(Integer.toString(port));
        assertThat(received.header("X-Forwarded-Prefix")).isNull();
        assertThat(received.header("Proxy-Authorization")).isNull();
        assertThat(received.header("Keep-Alive")).isNull();
        assertThat(received.headers().get("X-Request-Id")).hasSize(1);
        assertThat(received.headers().get("X-Forwarded-For")).containsExactly("127.0.0.1");
    }

    @Test
    void aRequestWithoutASaneRequestIdGetsTheGatewaysOwnAndTheServiceSeesTheSame() {
        String path = uniqueUserPath();

        HttpResponse<String> response = send(request(path)
                .GET()
                .header("Authorization", "Bearer " + tokenForSomeone())
                .header("X-Request-Id", "not sane!"));

        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(requestId).isNotEqualTo("not sane!");
        assertThat(UUID.fromString(requestId)).isNotNull();
        assertThat(IDENTITY.received(path).getFirst().header("X-Request-Id")).isEqualTo(requestId);
    }

    @Test
    void thePublicAuthRoutesNeedNoTokenAndCarryTheirBody() {
        HttpResponse<String> response = send(request("/api/v1/auth/login")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"ada@example.com\",\"password\":\"x\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        FakeService.Received received = IDENTITY.received("/api/v1/auth/login").getLast();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo("{\"email\":\"ada@example.com\",\"password\":\"x\"}");
        assertThat(received.header("Authorization")).isNull();
        assertThat(received.header("X-Request-Id"))
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void theJwksIsPublicAndComesFromIdentity() {
        HttpResponse<String> response = get("/.well-known/jwks.json", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("service").asString()).isEqualTo("identity");
    }

    @Test
    void auditPathsGoToAudit() {
        HttpResponse<String> response = get("/api/v1/audit/events", tokenForSomeone());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("service").asString()).isEqualTo("audit");
        assertThat(AUDIT.received("/api/v1/audit/events")).isNotEmpty();
    }

    @Test
    void aPathNoRouteKnowsIsA404Problem() {
        HttpResponse<String> response = get("/api/v1/nothing-here", tokenForSomeone());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("requestId").asString()).isNotBlank();
    }

    @Test
    void noServicesActuatorOrApiDocsIsReachableThroughTheGateway() {
        String token = tokenForSomeone();

        assertThat(get("/api/v1/users/../../actuator/health", token).statusCode())
                .isIn(400, 404);
        assertThat(get("/v3/api-docs", token).body()).doesNotContain("/api/v1/users");
        assertThat(IDENTITY.received("/actuator/health")).isEmpty();
    }

    @Test
    void everyPatternOfTheServiceTableReachesItsService() {
        String token = tokenForSomeone();
        for (Route route : ServiceTable.bundled().routes()) {
            String path = route.pattern()
                    .replace("/**", "/" + UUID.randomUUID() + "/more")
                    .replace("*", UUID.randomUUID().toString());

            HttpResponse<String> response = get(path, token);

            if (route.service().equals("projects")) {
                assertThat(response.statusCode())
                        .as(path + " goes to projects, which is down")
                        .isEqualTo(502);
            } else {
                assertThat(response.headers().firstValue("X-Served-By"))
                        .as(path)
                        .hasValue(route.service());
            }
        }
    }

    @Test
    void aProjectsPriorityRulesAreTasksAndEverythingElseOfAProjectIsProjects() {
        String token = tokenForSomeone();
        String project = "/api/v1/projects/" + UUID.randomUUID();

        HttpResponse<String> rules = get(project + "/priority-rules", token);
        HttpResponse<String> members = get(project + "/members", token);

        assertThat(rules.headers().firstValue("X-Served-By")).hasValue("tasks");
        assertThat(TASKS.received(project + "/priority-rules")).hasSize(1);
        assertThat(members.statusCode()).isEqualTo(502);
        assertThat(TASKS.received(project + "/members")).isEmpty();
    }

    @Test
    void aServiceThatIsDownIsA502ProblemWithTheRequestId() {
        HttpResponse<String> response = get("/api/v1/projects/" + UUID.randomUUID(), tokenForSomeone());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("requestId").asString())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("127.0.0.1");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsA504Problem() {
        HttpResponse<String> response = get("/api/v1/audit/slow", tokenForSomeone());

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("requestId").asString()).isNotBlank();
    }

    private void assertRefused(String token) {
        String path = uniqueUserPath();

        HttpResponse<String> response = get(path, token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(IDENTITY.received(path)).isEmpty();
    }

    @Test
    void withoutTheDevProfileNoOtherOriginIsAllowedNotEvenTheViteDevServer() {
        HttpResponse<String> response = send(request(uniqueUserPath())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theEmailVerificationAndPasswordResetEndpointsNeedNoToken() {
        for (String path : new String[] {
            "/api/v1/auth/verify-email",
            "/api/v1/auth/password-reset",
            "/api/v1/auth/password-reset/confirm",
            "/api/v1/auth/email-change/confirm"
        }) {
            HttpResponse<String> response = send(request(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"t\"}")));

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(IDENTITY.received(path)).as(path).isNotEmpty();
        }
        assertThat(send(request("/api/v1/auth/resend-verification").POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .as("signed in only")
                .isEqualTo(401);
    }
}
