package dev.ordo.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Fixed windows in Redis: one key per caller ({@code ordo:gateway:rl:user:<sub>}, {@code ...:ip:<address>})
 * holding the window's count, with the window's length as its expiry. A Lua script adds the reservation
 * and sets the expiry on the window's first one atomically, so a key is never left without one and two
 * gateways never hand out the same request twice.
 */
class RedisWindows implements Windows {

    static final String KEY_PREFIX = "ordo:gateway:rl:";

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> RESERVE = RedisScript.of("""
            local wanted = tonumber(ARGV[1])
            local limit = tonumber(ARGV[2])
            local count = redis.call('INCRBY', KEYS[1], wanted)
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[3])
              ttl = tonumber(ARGV[3])
            end
            local granted = limit - (count - wanted)
            if granted > wanted then granted = wanted end
            if granted < 0 then granted = 0 end
            return {granted, count, ttl}
            """, List.class);

    private final StringRedisTemplate redis;

    RedisWindows(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Grant reserve(String key, int wanted, int limit, Duration window) {
        List<?> answer = redis.execute(
                RESERVE,
                List.of(KEY_PREFIX + key),
                Integer.toString(wanted),
                Integer.toString(limit),
                Long.toString(window.toMillis()));
        return new Grant(
                ((Number) answer.get(0)).intValue(),
                ((Number) answer.get(1)).longValue(),
                Math.max(((Number) answer.get(2)).longValue(), 0));
    }
}
