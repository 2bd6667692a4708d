package dev.ordo.identity.onetime;

import dev.ordo.identity.token.RefreshTokenSecret;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tokens mailed as links ({@code one_time_token}): 256 random bits, base64url, of which only the
 * SHA-256 is stored. Each works once, for one purpose, until it expires.
 */
@Repository
public class OneTimeTokens {

    private final JdbcClient jdbc;
    private final Clock clock;

    OneTimeTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for {@code userId}, mailed to {@code email}; returns the token itself (never stored). */
    public String issue(Purpose purpose, UUID userId, String email, Duration ttl) {
        String token = RefreshTokenSecret.generate();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into one_time_token (token_hash, purpose, user_id, email, created_at, expires_at)
                        values (:hash, :purpose, :user, :email, :now, :expires)""")
                .param("hash", RefreshTokenSecret.hash(token))
                .param("purpose", purpose.code())
                .param("user", userId)
                .param("email", email)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(ttl)))
                .update();
        return token;
    }

    /** What the token would redeem, without spending it (to refuse early, before costly work). */
    public Optional<Redeemable> peek(Purpose purpose, String token) {
        if (!RefreshTokenSecret.looksValid(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select user_id, email from one_time_token
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
                .param("hash", RefreshTokenSecret.hash(token))
                .param("purpose", purpose.code())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Redeemable(rs.getObject("user_id", UUID.class), rs.getString("email")))
                .optional();
    }

    /**
     * Spends the token if it is unused, unexpired and for {@code purpose}. One statement, so of two
     * concurrent redemptions only one gets it. Call in the transaction that acts on it: if that rolls back,
     * the token is unspent again.
     */
    public Optional<Redeemable> redeem(Purpose purpose, String token) {
        if (!RefreshTokenSecret.looksValid(token)) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        update one_time_token set used_at = :now
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
                        returning user_id, email""")
                .param("hash", RefreshTokenSecret.hash(token))
                .param("purpose", purpose.code())
                .param("now", now)
                .query((rs, n) -> new Redeemable(rs.getObject("user_id", UUID.class), rs.getString("email")))
                .optional();
    }

    /** Spends every open token of the user for {@code purpose} (e.g. other reset links, once one was used). */
    public void spendAll(UUID userId, Purpose purpose) {
        jdbc.sql(
                        "update one_time_token set used_at = :now where user_id = :user and purpose = :purpose and used_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("user", userId)
                .param("purpose", purpose.code())
                .update();
    }

    /** Forgets tokens that expired more than {@code keep} ago. */
    public int prune(Duration keep) {
        return jdbc.sql("delete from one_time_token where expires_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(keep)))
                .update();
    }
}
