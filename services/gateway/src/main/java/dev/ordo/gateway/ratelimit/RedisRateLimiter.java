package dev.ordo.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Fixed-window counters in Redis: one key per caller, incremented atomically (a Lua script does INCR and
 * sets the expiry on the first request of a window, so a key can never be left without one).
 *
 * <p>Fails open: when Redis does not answer, requests pass and a warning is logged; Redis is then left
 * alone for a short pause so that every request does not wait for the Redis timeout in turn.
 */
public class RedisRateLimiter implements RateLimiter {

    public static final String KEY_PREFIX = "ordo:gateway:rl:";

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);

    private static final RedisScript<List> COUNT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            local ttl = redis.call('PTTL', KEYS[1])
            if count == 1 or ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {count, ttl}
            """, List.class);

    private final StringRedisTemplate redis;
    private final Duration pauseAfterFailure;
    private final Clock clock;
    private volatile long pausedUntilMillis;

    public RedisRateLimiter(StringRedisTemplate redis, Duration pauseAfterFailure, Clock clock) {
        this.redis = redis;
        this.pauseAfterFailure = pauseAfterFailure;
        this.clock = clock;
    }

    @Override
    public Decision acquire(String key, int limit, Duration window) {
        if (clock.millis() < pausedUntilMillis) {
            return Decision.ALLOWED;
        }
        List<?> answer;
        try {
            answer = redis.execute(COUNT, List.of(KEY_PREFIX + key), Long.toString(window.toMillis()));
        } catch (RuntimeException e) {
            pausedUntilMillis = clock.millis() + pauseAfterFailure.toMillis();
            log.warn(
                    "Redis did not answer the rate limiter; letting requests through for the next {}: {}",
                    pauseAfterFailure,
                    e.toString());
            return Decision.ALLOWED;
        }
        long count = ((Number) answer.get(0)).longValue();
        long ttlMillis = ((Number) answer.get(1)).longValue();
        return count <= limit ? Decision.ALLOWED : Decision.refused(Duration.ofMillis(Math.max(ttlMillis, 0)));
    }
}
