package dev.ordo.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.gateway.support.FakeService;
import dev.ordo.testsupport.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The shared windows against the machine's Redis (the test database), and against a Redis that is not there. */
class RedisWindowsTest {

    private static final Duration WINDOW = Duration.ofSeconds(30);
    /** Counting must not fail open because a loaded test machine answers slowly. */
    private static final Duration SLOW_MACHINE = Duration.ofSeconds(5);

    private final List<LettuceConnectionFactory> factories = new ArrayList<>();

    @AfterEach
    void close() {
        factories.forEach(LettuceConnectionFactory::destroy);
    }

    @Test
    void grantsUpToTheLimitThenNothingUntilTheWindowEnds() {
        StringRedisTemplate redis = redisAt(TestRedis.PORT, SLOW_MACHINE);
        RedisWindows windows = new RedisWindows(redis);
        String key = "test:" + UUID.randomUUID();

        assertThat(windows.reserve(key, 3, 5, WINDOW).granted()).isEqualTo(3);
        Windows.Grant partly = windows.reserve(key, 3, 5, WINDOW);
        Windows.Grant none = windows.reserve(key, 1, 5, WINDOW);

        assertThat(partly.granted()).isEqualTo(2);
        assertThat(none.granted()).isZero();
        assertThat(none.leftMillis()).isPositive().isLessThanOrEqualTo(WINDOW.toMillis());
        assertThat(redis.getExpire(RedisWindows.KEY_PREFIX + key)).isBetween(1L, WINDOW.toSeconds());
        redis.delete(RedisWindows.KEY_PREFIX + key);
    }

    @Test
    void twoGatewaysTogetherNeverServeMoreThanTheLimitAndRefuseOnlyNearIt() {
        StringRedisTemplate redis = redisAt(TestRedis.PORT, SLOW_MACHINE);
        BatchedRateLimiter first = limiter(new RedisWindows(redis));
        BatchedRateLimiter second = limiter(new RedisWindows(redisAt(TestRedis.PORT, SLOW_MACHINE)));
        String key = "test:" + UUID.randomUUID();
        int limit = 200;

        int served = 0;
        for (int i = 0; i < 2 * limit; i++) {
            // the first gateway takes two requests for each of the second's
            BatchedRateLimiter gateway = i % 3 == 2 ? second : first;
            if (gateway.acquire(key, limit, WINDOW).allowed()) {
                served++;
            }
        }

        assertThat(served)
                .as("at most the limit; short of it by at most a batch per gateway")
                .isLessThanOrEqualTo(limit)
                .isGreaterThanOrEqualTo(limit - 2 * (limit / BatchedRateLimiter.BATCH_SHARE));
        assertThat(first.acquire(key, limit, WINDOW).allowed()).isFalse();
        assertThat(second.acquire(key, limit, WINDOW).allowed()).isFalse();
        assertThat(Long.parseLong(redis.opsForValue().get(RedisWindows.KEY_PREFIX + key)))
                .isGreaterThanOrEqualTo(limit);
        redis.delete(RedisWindows.KEY_PREFIX + key);
    }

    @Test
    void letsRequestsThroughWhenRedisIsDownAndDoesNotWaitForItAgainRightAway() {
        BatchedRateLimiter limiter =
                limiter(new RedisWindows(redisAt(FakeService.closedPort(), Duration.ofMillis(250))));

        assertThat(limiter.acquire("test:down", 1, WINDOW).allowed()).isTrue();
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.acquire("test:down", 1, WINDOW).allowed()).isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
    }

    private static BatchedRateLimiter limiter(Windows windows) {
        return new BatchedRateLimiter(windows, Duration.ofSeconds(5), Clock.systemUTC(), 1000, WINDOW);
    }

    private StringRedisTemplate redisAt(int port, Duration timeout) {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(TestRedis.HOST, port);
        server.setDatabase(TestRedis.DATABASE);
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                server,
                LettuceClientConfiguration.builder().commandTimeout(timeout).build());
        factory.afterPropertiesSet();
        factory.start();
        factories.add(factory);
        return new StringRedisTemplate(factory);
    }
}
