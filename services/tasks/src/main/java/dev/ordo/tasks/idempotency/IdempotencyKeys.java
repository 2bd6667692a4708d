package dev.ordo.tasks.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency-Keys of creating POSTs, per caller, with the answer each got. */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the key for this request. If another transaction holds it, waits until that one ends (the
     * primary key decides), so two concurrent requests with one key never both create.
     *
     * @return true if the key is now this request's (new, or older than {@code expiredBefore})
     */
    boolean claim(UUID owner, String key, String requestHash, Instant now, Instant expiredBefore) {
        return jdbc.sql("""
                        insert into idempotency_key (owner_id, key, request_hash, status, location, body, created_at)
                        values (:owner, :key, :hash, 0, null, '', :now)
                        on conflict (owner_id, key) do update set request_hash = excluded.request_hash, status = 0,
                            location = null, body = '', created_at = excluded.created_at
                        where idempotency_key.created_at < :expiredBefore""")
                        .param("owner", owner)
                        .param("key", key)
                        .param("hash", requestHash)
                        .param("now", Timestamp.from(now))
                        .param("expiredBefore", Timestamp.from(expiredBefore))
                        .update()
                == 1;
    }

    Optional<StoredResponse> find(UUID owner, String key) {
        return jdbc.sql(
                        "select request_hash, status, location, body from idempotency_key where owner_id = :owner and key = :key")
                .param("owner", owner)
                .param("key", key)
                .query((rs, row) -> new StoredResponse(
                        rs.getString("request_hash"),
                        rs.getInt("status"),
                        rs.getString("location"),
                        rs.getString("body")))
                .optional();
    }

    void complete(UUID owner, String key, int status, String location, String body) {
        jdbc.sql(
                        "update idempotency_key set status = :status, location = :location, body = :body where owner_id = :owner and key = :key")
                .param("owner", owner)
                .param("key", key)
                .param("status", status)
                .param("location", location)
                .param("body", body)
                .update();
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("delete from idempotency_key where created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }
}
