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

/** The counters against the machine's Redis (database 1), and against a Redis that is not there. */
class RedisRateLimiterTest {

    private static final Duration WINDOW = Duration.ofSeconds(30);

    private final List<LettuceConnectionFactory> factories = new ArrayList<>();

    @AfterEach
    void close() {
        factories.forEach(LettuceConnectionFactory::destroy);
    }

    @Test
    void countsUpToTheLimitThenRefusesUntilTheWindowEnds() {
        StringRedisTemplate redis = redisAt(TestRedis.PORT);
        RedisRateLimiter limiter = new RedisRateLimiter(redis, Duration.ofSeconds(5), Clock.systemUTC());
        String key = "test:" + UUID.randomUUID();

        assertThat(limiter.acquire(key, 2, WINDOW).allowed()).isTrue();
        assertThat(limiter.acquire(key, 2, WINDOW).allowed()).isTrue();
        RateLimiter.Decision third = limiter.acquire(key, 2, WINDOW);

        assertThat(third.allowed()).isFalse();
        assertThat(third.retryAfter()).isPositive().isLessThanOrEqualTo(WINDOW);
        assertThat(redis.getExpire(RedisRateLimiter.KEY_PREFIX + key)).isBetween(1L, WINDOW.toSeconds());
        redis.delete(RedisRateLimiter.KEY_PREFIX + key);
    }

    @Test
    void letsRequestsThroughWhenRedisIsDownAndDoesNotWaitForItAgainRightAway() {
        RedisRateLimiter limiter =
                new RedisRateLimiter(redisAt(FakeService.closedPort()), Duration.ofSeconds(5), Clock.systemUTC());

        assertThat(limiter.acquire("test:down", 1, WINDOW).allowed()).isTrue();
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.acquire("test:down", 1, WINDOW).allowed()).isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
    }

    private StringRedisTemplate redisAt(int port) {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(TestRedis.HOST, port);
        server.setDatabase(TestRedis.DATABASE);
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                server,
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofMillis(250))
                        .build());
        factory.afterPropertiesSet();
        factory.start();
        factories.add(factory);
        return new StringRedisTemplate(factory);
    }
}
