package dev.ordo.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** After Redis fails, it is asked again only after this pause (requests pass meanwhile). */
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

    /** Callers whose windows one gateway keeps in memory (about 100 bytes each). */
    private static final long MAXIMUM_KEYS = 100_000;

    @Bean
    RateLimiter rateLimiter(StringRedisTemplate redis, RateLimitProperties properties) {
        return new BatchedRateLimiter(
                new RedisWindows(redis), PAUSE_AFTER_FAILURE, Clock.systemUTC(), MAXIMUM_KEYS, properties.window());
    }
}
