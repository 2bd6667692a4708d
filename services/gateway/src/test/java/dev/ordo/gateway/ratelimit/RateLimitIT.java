package dev.ordo.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.gateway.support.GatewayTestSupport;
import dev.ordo.testsupport.TestJwks;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
        properties = {
            "ordo.gateway.rate-limit.per-user=3",
            "ordo.gateway.rate-limit.per-ip=3",
            "ordo.gateway.rate-limit.window=1m",
            // counting must not fail open because a loaded test machine answers Redis slowly
            "spring.data.redis.timeout=5s",
            "spring.data.redis.connect-timeout=5s"
        })
class RateLimitIT extends GatewayTestSupport {

    private static final String LOGIN = "/api/v1/auth/login";

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    RateLimiter limiter;

    @LocalManagementPort
    int managementPort;

    @BeforeEach
    void aFreshWindowForThisAddress() {
        redis.delete(RedisWindows.KEY_PREFIX + "ip:127.0.0.1");
        ((BatchedRateLimiter) limiter).forget();
    }

    @Test
    void aUserOverTheLimitGetsA429ProblemWithRetryAfterAndTheServiceSeesNoMore() {
        String token = TestJwks.get().tokenFor(UUID.randomUUID());
        String path = uniqueUserPath();
        for (int i = 0; i < 3; i++) {
            assertThat(get(path, token).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = get(path, token);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(json(refused).path("requestId").asString()).isNotBlank();
        assertThat(IDENTITY.received(path)).hasSize(3);
    }

    @Test
    void aRefusedUserIsRefusedByThisGatewayWithoutAskingRedisAgainUntilTheWindowEnds() {
        UUID user = UUID.randomUUID();
        String token = TestJwks.get().tokenFor(user);
        for (int i = 0; i < 3; i++) {
            assertThat(get(uniqueUserPath(), token).statusCode()).isEqualTo(200);
        }
        assertThat(get(uniqueUserPath(), token).statusCode()).isEqualTo(429);

        // Redis forgets the window; this gateway still knows it is over
        redis.delete(RedisWindows.KEY_PREFIX + "user:" + user);
        HttpResponse<String> refused = get(uniqueUserPath(), token);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(redis.hasKey(RedisWindows.KEY_PREFIX + "user:" + user))
                .as("Redis not asked")
                .isFalse();
    }

    @Test
    void oneUserOverTheLimitDoesNotHoldUpAnother() {
        String first = TestJwks.get().tokenFor(UUID.randomUUID());
        for (int i = 0; i < 4; i++) {
            get(uniqueUserPath(), first);
        }

        assertThat(get(uniqueUserPath(), first).statusCode()).isEqualTo(429);
        assertThat(get(uniqueUserPath(), TestJwks.get().tokenFor(UUID.randomUUID()))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void callersWithoutATokenAreCountedByAddress() {
        int before = IDENTITY.received(LOGIN).size();
        for (int i = 0; i < 3; i++) {
            assertThat(login().statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = login();

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(IDENTITY.received(LOGIN)).hasSize(before + 3);
        assertThat(redis.getExpire(RedisWindows.KEY_PREFIX + "ip:127.0.0.1")).isBetween(1L, 60L);
    }

    @Test
    void healthProbesOnTheManagementPortAreNeverLimited() {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                    .GET()
                    .build());
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void requestsWithABadTokenAreCountedByAddressBeforeTheTokenIsVerified() {
        String path = uniqueUserPath();
        for (int i = 0; i < 3; i++) {
            assertThat(get(path, TestJwks.get().tokenSignedByAStranger(UUID.randomUUID()))
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> refused = get(path, TestJwks.get().tokenSignedByAStranger(UUID.randomUUID()));

        assertThat(refused.statusCode())
                .as("refused before any signature is checked")
                .isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(get(path, "not-a-jwt").statusCode()).isEqualTo(429);
        assertThat(get(path, null).statusCode()).isEqualTo(429);
        assertThat(IDENTITY.received(path)).isEmpty();
    }

    @Test
    void aCallerWithAKnownValidTokenIsCountedAsAUserNotByAddress() {
        String token = TestJwks.get().tokenFor(UUID.randomUUID());
        assertThat(get(uniqueUserPath(), token).statusCode()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            login();
        }
        assertThat(login().statusCode()).isEqualTo(429);

        assertThat(get(uniqueUserPath(), token).statusCode()).isEqualTo(200);
    }

    @Test
    void anXForwardedForSentStraightToTheGatewayChangesNeitherTheCountedAddressNorWhatTheServiceSees() {
        for (int i = 0; i < 3; i++) {
            assertThat(send(request(LOGIN)
                                    .header("Content-Type", "application/json")
                                    .header("X-Forwarded-For", "198.51.100." + i)
                                    .POST(HttpRequest.BodyPublishers.ofString("{}")))
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(IDENTITY.received(LOGIN).getLast().header("X-Forwarded-For")).isEqualTo("127.0.0.1");

        HttpResponse<String> refused = send(request(LOGIN)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "198.51.100.77")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(redis.keys(RedisWindows.KEY_PREFIX + "ip:198.51.100.*")).isEmpty();
    }

    private HttpResponse<String> login() {
        return send(request(LOGIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"ada@example.com\",\"password\":\"x\"}")));
    }
}
