package dev.ordo.identity.ratelimit;

import dev.ordo.identity.config.IdentityProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Fixed-window counters in Redis that slow down password guessing: every login attempt from one client
 * address counts, and so does every attempt on one account until it succeeds. An account attempt is
 * counted before the password is checked, so parallel guesses cannot slip past the limit; a success
 * clears the account's count.
 */
@Component
public class LoginRateLimiter {

    private static final String IP = "ordo:identity:login:ip:";
    private static final String ACCOUNT = "ordo:identity:login:account:";

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
    private final IdentityProperties.LoginRateLimit limits;

    public LoginRateLimiter(StringRedisTemplate redis, IdentityProperties properties) {
        this.redis = redis;
        this.limits = properties.loginRateLimit();
    }

    /** Counts a login attempt from {@code clientIp}. */
    public Allowance attemptFrom(String clientIp) {
        return count(IP + clientIp, limits.ipAttempts(), limits.ipWindow());
    }

    /** Counts an attempt to prove the password of the account {@code normalisedEmail}. */
    public Allowance attemptOn(String normalisedEmail) {
        return count(accountKey(normalisedEmail), limits.accountFailures(), limits.accountWindow());
    }

    /** The password was right: earlier failures no longer count against the account. */
    public void succeededOn(String normalisedEmail) {
        redis.delete(accountKey(normalisedEmail));
    }

    private Allowance count(String key, int limit, Duration window) {
        List<?> result = redis.execute(COUNT, List.of(key), Long.toString(window.toMillis()));
        long count = ((Number) result.get(0)).longValue();
        long millisLeft = ((Number) result.get(1)).longValue();
        return Allowance.of(count, limit, millisLeft);
    }

    /** Hashed, so Redis holds no list of email addresses. */
    private static String accountKey(String normalisedEmail) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalisedEmail.getBytes(StandardCharsets.UTF_8));
            return ACCOUNT + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
