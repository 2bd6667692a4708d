package dev.ordo.identity.ownership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in Redis for requests that send mail (or check a password on the way), so nobody
 * can mail-bomb an address or an account through Ordo. Keys {@code ordo:identity:mail-limit:<kind>:<sha256>}:
 * hashed, so Redis holds no list of addresses.
 */
@Component
public class MailLimiter {

    private static final String PREFIX = "ordo:identity:mail-limit:";

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> COUNT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local left = redis.call('PTTL', KEYS[1])
            if left < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              left = tonumber(ARGV[1])
            end
            return {count, left}""", List.class);

    private final StringRedisTemplate redis;

    MailLimiter(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * Counts one request of {@code kind} about {@code subject}; when it is over {@code limit} in the window,
     * how long until the window ends (whole seconds, rounded up), else empty.
     */
    public Optional<Duration> count(String kind, String subject, int limit, Duration window) {
        List<?> result =
                redis.execute(COUNT, List.of(PREFIX + kind + ":" + sha256(subject)), Long.toString(window.toMillis()));
        long count = ((Number) result.get(0)).longValue();
        long millisLeft = ((Number) result.get(1)).longValue();
        return count <= limit
                ? Optional.empty()
                : Optional.of(Duration.ofSeconds(Math.max(1, (millisLeft + 999) / 1000)));
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
