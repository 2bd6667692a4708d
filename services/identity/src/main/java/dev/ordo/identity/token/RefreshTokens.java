package dev.ordo.identity.token;

import dev.ordo.identity.config.IdentityProperties;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * Refresh tokens in Redis, stored by SHA-256 only. Every login starts a family; each refresh spends
 * the presented token and issues the next one of the same family. A spent token presented again means
 * it was stolen (or the client is broken): the whole family is revoked. Each step is one Lua script, so
 * two concurrent refreshes with the same token cannot both succeed.
 *
 * <p>Keys: {@code ordo:identity:refresh:<sha256>} (hash: user, family, spent),
 * {@code ordo:identity:family:<id>} (exists while the family is alive) and
 * {@code ordo:identity:user-families:<user>} (set of family ids, to revoke all of a user's sessions).
 */
@Repository
public class RefreshTokens {

    static final String PREFIX = "ordo:identity:";
    static final String TOKEN = PREFIX + "refresh:";
    static final String FAMILY = PREFIX + "family:";
    static final String USER_FAMILIES = PREFIX + "user-families:";

    private static final RedisScript<Long> START_FAMILY = RedisScript.of("""
            redis.call('HSET', KEYS[1], 'user', ARGV[1], 'family', ARGV[2], 'spent', '0')
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[3])
            -- forget families that have expired meanwhile, so the set stays the size of the live sessions
            for _, family in ipairs(redis.call('SMEMBERS', KEYS[3])) do
              if redis.call('EXISTS', ARGV[4] .. family) == 0 then redis.call('SREM', KEYS[3], family) end
            end
            redis.call('SADD', KEYS[3], ARGV[2])
            redis.call('PEXPIRE', KEYS[3], ARGV[3])
            return 1""", Long.class);

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ROTATE = RedisScript.of("""
            local token = redis.call('HMGET', KEYS[1], 'user', 'family', 'spent')
            if not token[1] then return {'invalid'} end
            local family = ARGV[2] .. token[2]
            if token[3] == '1' then
              redis.call('DEL', family)
              return {'reused', token[1]}
            end
            if redis.call('EXISTS', family) == 0 then return {'invalid', token[1]} end
            redis.call('HSET', KEYS[1], 'spent', '1')
            redis.call('HSET', KEYS[2], 'user', token[1], 'family', token[2], 'spent', '0')
            redis.call('PEXPIRE', KEYS[2], ARGV[1])
            redis.call('PEXPIRE', family, ARGV[1])
            redis.call('PEXPIRE', ARGV[3] .. token[1], ARGV[1])
            return {'rotated', token[1]}""", List.class);

    private static final RedisScript<Long> REVOKE_FAMILY = RedisScript.of("""
            local family = redis.call('HGET', KEYS[1], 'family')
            if not family then return 0 end
            return redis.call('DEL', ARGV[1] .. family)""", Long.class);

    private static final RedisScript<Long> REVOKE_ALL = RedisScript.of("""
            local families = redis.call('SMEMBERS', KEYS[1])
            for _, family in ipairs(families) do redis.call('DEL', ARGV[1] .. family) end
            redis.call('DEL', KEYS[1])
            return #families""", Long.class);

    private final StringRedisTemplate redis;
    private final Duration ttl;

    public RefreshTokens(StringRedisTemplate redis, IdentityProperties properties) {
        this.redis = redis;
        this.ttl = properties.refreshTokenTtl();
    }

    /** Starts a new family (a login) and returns its first token. */
    public String startFamily(UUID userId) {
        String token = RefreshTokenSecret.generate();
        String family = UUID.randomUUID().toString();
        redis.execute(
                START_FAMILY,
                List.of(tokenKey(token), FAMILY + family, USER_FAMILIES + userId),
                userId.toString(),
                family,
                millis(),
                FAMILY);
        return token;
    }

    /** Spends {@code presented} and, if it was still good, returns its successor. */
    public Rotation rotate(String presented) {
        if (!RefreshTokenSecret.looksValid(presented)) {
            return Rotation.invalid();
        }
        String next = RefreshTokenSecret.generate();
        List<?> result =
                redis.execute(ROTATE, List.of(tokenKey(presented), tokenKey(next)), millis(), FAMILY, USER_FAMILIES);
        String outcome = result == null || result.isEmpty() ? "invalid" : (String) result.getFirst();
        UUID userId = result != null && result.size() > 1 ? UUID.fromString((String) result.get(1)) : null;
        return switch (outcome) {
            case "rotated" -> new Rotation(Rotation.Outcome.ROTATED, userId, next);
            case "reused" -> new Rotation(Rotation.Outcome.REUSED, userId, null);
            default -> Rotation.invalid();
        };
    }

    /** Ends the session {@code token} belongs to (logout); unknown tokens are ignored. */
    public void revokeFamilyOf(String token) {
        if (RefreshTokenSecret.looksValid(token)) {
            redis.execute(REVOKE_FAMILY, List.of(tokenKey(token)), FAMILY);
        }
    }

    /** Ends every session of the user (password change). */
    public long revokeAllOf(UUID userId) {
        Long revoked = redis.execute(REVOKE_ALL, List.of(USER_FAMILIES + userId), FAMILY);
        return revoked == null ? 0 : revoked;
    }

    private String millis() {
        return Long.toString(ttl.toMillis());
    }

    private static String tokenKey(String token) {
        return TOKEN + RefreshTokenSecret.hash(token);
    }

    /**
     * @param userId the token's owner, when it was known
     * @param next   the new refresh token, only when {@link Outcome#ROTATED}
     */
    public record Rotation(Outcome outcome, UUID userId, String next) {

        public enum Outcome {
            ROTATED,
            REUSED,
            INVALID
        }

        static Rotation invalid() {
            return new Rotation(Outcome.INVALID, null, null);
        }

        @Override
        public String toString() {
            return "Rotation[" + outcome + ", userId=" + userId + "]";
        }
    }
}
