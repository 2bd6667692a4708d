package dev.ordo.identity.ratelimit;

import dev.ordo.identity.config.LoginLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Login throttling in Redis that an attacker cannot turn against an account's owner (policy: identity
 * README, "Passwords and login limits"):
 * <ul>
 * <li>per client address, every attempt counts (fixed window);</li>
 * <li>per (account, address), failures count; a success clears them. Over the limit that address waits
 *     out the window for that account only;</li>
 * <li>per account, attempts from addresses that have never signed in to it are slowed down (an
 *     exponentially growing wait between two, capped), never locked; addresses that have signed in to
 *     the account within {@code knownAddressTtl} are never slowed down.</li>
 * </ul>
 * Attempts are counted before the password is checked, so parallel guesses cannot slip past a limit.
 * Accounts appear in keys only as a SHA-256 of their normalised email, so Redis holds no list of addresses.
 */
@Component
public class LoginRateLimiter {

    private static final String PREFIX = "ordo:identity:login:";

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> COUNT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            local left = redis.call('PTTL', KEYS[1])
            if left < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              left = tonumber(ARGV[1])
            end
            return {count, left}""", List.class);

    /**
     * KEYS: pair counter, known-address marker, account state (hash: n = failures from unknown addresses,
     * next = earliest next attempt from one, ms). ARGV: pair limit, pair window ms, account window ms, then
     * the slowdown schedule (ms to wait after free + 1, free + 2, ... failures; the last repeats).
     * Answers {allowed 0/1, wait ms, known 0/1}.
     */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> BEGIN = RedisScript.of("""
            local pair = redis.call('INCR', KEYS[1])
            local left = redis.call('PTTL', KEYS[1])
            if left < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              left = tonumber(ARGV[2])
            end
            if pair > tonumber(ARGV[1]) then return {0, left, 0} end
            if redis.call('EXISTS', KEYS[2]) == 1 then return {1, 0, 1} end
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local next = tonumber(redis.call('HGET', KEYS[3], 'next') or '0')
            if now < next then
              redis.call('DECR', KEYS[1])
              return {0, next - now, 0}
            end
            local n = redis.call('HINCRBY', KEYS[3], 'n', 1)
            local free = tonumber(ARGV[4])
            if n > free then
              local steps = #ARGV - 4
              redis.call('HSET', KEYS[3], 'next', now + tonumber(ARGV[4 + math.min(n - free, steps)]))
            end
            redis.call('PEXPIRE', KEYS[3], ARGV[3])
            return {1, 0, 0}""", List.class);

    /** KEYS: pair counter, known-address marker, account state. ARGV: known ttl ms, 1 if the address was unknown. */
    private static final RedisScript<Long> SUCCEED = RedisScript.of("""
            redis.call('DEL', KEYS[1])
            redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
            if ARGV[2] == '1' and tonumber(redis.call('HGET', KEYS[3], 'n') or '0') > 0 then
              redis.call('HINCRBY', KEYS[3], 'n', -1)
            end
            return 1""", Long.class);

    private final StringRedisTemplate redis;
    private final LoginLimits limits;
    private final List<String> slowdownSchedule;

    public LoginRateLimiter(StringRedisTemplate redis, LoginLimits limits) {
        this.redis = redis;
        this.limits = limits;
        this.slowdownSchedule = schedule(limits);
    }

    /** Counts a login attempt from {@code clientIp}, whatever the account. */
    public Allowance attemptFrom(String clientIp) {
        return count(PREFIX + "ip:" + clientIp, limits.ipAttempts(), limits.ipWindow());
    }

    /**
     * Counts an attempt to prove the password of {@code normalisedEmail} from {@code clientIp}, before the
     * password is checked. A refused attempt must not be checked at all.
     */
    public LoginAttempt begin(String normalisedEmail, String clientIp) {
        List<String> args = new ArrayList<>(List.of(
                Integer.toString(limits.addressFailures()),
                Long.toString(limits.addressWindow().toMillis()),
                Long.toString(limits.accountWindow().toMillis()),
                Integer.toString(limits.accountFreeFailures())));
        args.addAll(slowdownSchedule);
        List<?> result = redis.execute(BEGIN, keys(normalisedEmail, clientIp), args.toArray());
        boolean allowed = ((Number) result.get(0)).longValue() == 1;
        boolean known = ((Number) result.get(2)).longValue() == 1;
        Allowance allowance = allowed ? Allowance.ALLOWED : Allowance.refused(((Number) result.get(1)).longValue());
        return new LoginAttempt(normalisedEmail, clientIp, known, allowance);
    }

    /**
     * The password was right: the address's failures on the account no longer count, the address is known
     * to the account from now on, and the attempt was not one of the account's failures.
     */
    public void succeeded(LoginAttempt attempt) {
        redis.execute(
                SUCCEED,
                keys(attempt.normalisedEmail(), attempt.clientIp()),
                Long.toString(limits.knownAddressTtl().toMillis()),
                attempt.fromKnownAddress() ? "0" : "1");
    }

    /** Counts a signed-in user's attempt to prove their current password (password change). */
    public Allowance attemptCurrentPassword(String normalisedEmail) {
        return count(
                PREFIX + "current-password:" + sha256(normalisedEmail),
                limits.currentPasswordGuesses(),
                limits.addressWindow());
    }

    public void currentPasswordProved(String normalisedEmail) {
        redis.delete(PREFIX + "current-password:" + sha256(normalisedEmail));
    }

    private Allowance count(String key, int limit, Duration window) {
        List<?> result = redis.execute(COUNT, List.of(key), Long.toString(window.toMillis()));
        return Allowance.of(((Number) result.get(0)).longValue(), limit, ((Number) result.get(1)).longValue());
    }

    private static List<String> keys(String normalisedEmail, String clientIp) {
        String account = sha256(normalisedEmail);
        String pair = sha256(normalisedEmail + "\n" + clientIp);
        return List.of(PREFIX + "pair:" + pair, PREFIX + "known:" + pair, PREFIX + "account:" + account);
    }

    /** The waits after free + 1, free + 2, ... failures, up to the first that reaches the maximum. */
    static List<String> schedule(LoginLimits limits) {
        List<String> waits = new ArrayList<>();
        for (long failures = limits.accountFreeFailures() + 1; ; failures++) {
            Duration wait = limits.slowdownAfter(failures);
            waits.add(Long.toString(wait.toMillis()));
            if (wait.compareTo(limits.slowdownMax()) >= 0 || waits.size() >= 64) {
                return waits;
            }
        }
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
