package dev.ordo.platform.web.idempotency;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code idempotent_request} table (platform migration V3): per caller and key, the hash of the request
 * and the answer it got.
 */
public class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration ttl;

    public IdempotencyKeys(JdbcClient jdbc, JsonMapper json, Clock clock, Duration ttl) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Thrown when another request held the key for longer than the caller would wait. */
    static final class KeyInUse extends RuntimeException {
        KeyInUse(Throwable cause) {
            super("the key is held by a request still running", cause, false, false);
        }
    }

    /**
     * Takes the key for this request, inside the caller's transaction. If another transaction holds it,
     * waits until that one ends (the primary key decides) or {@code wait} passes, so two concurrent requests
     * with one key never both create.
     *
     * @return true if the key is now this request's (new, or older than the TTL)
     * @throws KeyInUse when the other request did not finish within {@code wait}
     */
    boolean claim(String owner, String key, String requestHash, Duration wait) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            // one statement: the lock timeout is set (transaction-local) before the insert can wait on the
            // key, and set back to what it was once the row is this request's; when the key is another's
            // (no row), the transaction only reads the stored answer and ends, so the timeout can stay
            return !jdbc.sql("""
                            insert into idempotent_request (owner_id, key, request_hash, status, headers, body, created_at)
                            select :owner, :key, :hash, 0, '{}', '', :now
                            from (select set_config('ordo.lock_timeout_before', current_setting('lock_timeout'), true)
                                    as kept, set_config('lock_timeout', cast(:wait as text), true) as waiting) timeout
                            on conflict (owner_id, key) do update set request_hash = excluded.request_hash,
                                status = 0, headers = '{}', body = '', created_at = excluded.created_at
                            where idempotent_request.created_at < :expiredBefore
                            returning set_config('lock_timeout', current_setting('ordo.lock_timeout_before'), true)""")
                    .param("owner", owner)
                    .param("key", key)
                    .param("hash", requestHash)
                    .param("now", Timestamp.from(now))
                    .param("wait", Long.toString(Math.max(1, wait.toMillis())))
                    .param("expiredBefore", Timestamp.from(now.minus(ttl)))
                    .query(String.class)
                    .list()
                    .isEmpty();
        } catch (DataAccessException e) {
            if (isLockTimeout(e)) {
                throw new KeyInUse(e);
            }
            throw e;
        }
    }

    Optional<StoredResponse> find(String owner, String key) {
        return jdbc.sql("select request_hash, status, headers, body from idempotent_request "
                        + "where owner_id = :owner and key = :key")
                .param("owner", owner)
                .param("key", key)
                .query((rs, row) -> new StoredResponse(
                        rs.getString("request_hash"),
                        rs.getInt("status"),
                        json.readValue(rs.getString("headers"), HEADERS),
                        rs.getBytes("body")))
                .optional();
    }

    void complete(String owner, String key, int status, Map<String, String> headers, byte[] body) {
        jdbc.sql("update idempotent_request set status = :status, headers = :headers, body = :body "
                        + "where owner_id = :owner and key = :key")
                .param("owner", owner)
                .param("key", key)
                .param("status", status)
                .param("headers", json.writeValueAsString(headers))
                .param("body", body)
                .update();
    }

    /** Forgets keys older than the TTL: their requests, repeated now, would create again. */
    public int forgetExpired() {
        int deleted = jdbc.sql("delete from idempotent_request where created_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(ttl)))
                .update();
        if (deleted > 0) {
            log.info("Idempotency keys: {} expired keys deleted", deleted);
        }
        return deleted;
    }

    private static boolean isLockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
