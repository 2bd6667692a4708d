package dev.ordo.notifications.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each user's stream events, numbered 1, 2, 3…: what the streams send (read after the number a stream sent last),
 * and what a stream that reconnects with Last-Event-ID is sent again. Kept {@link LiveProperties#retention()}.
 */
@Repository
class StreamLog {

    /** One event as logged: its number, {@code notification} or {@code change}, and its data as JSON. */
    record Logged(long seq, String kind, String payload) {}

    private final JdbcClient jdbc;

    StreamLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Numbers and logs one event for the user, in the caller's transaction. The user's sequence row stays locked
     * until it commits, so numbers commit in their order.
     */
    long append(UUID user, String kind, String payload) {
        return jdbc.sql("""
                        with numbered as (
                            insert into stream_sequence (user_id, last) values (:user, 1)
                            on conflict (user_id) do update set last = stream_sequence.last + 1
                            returning last)
                        insert into stream_event (user_id, seq, kind, payload)
                        select :user, last, :kind, cast(:payload as jsonb) from numbered
                        returning seq""")
                .param("user", user)
                .param("kind", kind)
                .param("payload", payload)
                .query(Long.class)
                .single();
    }

    /** The same event for several users (in one order, so two writers never wait on each other's rows). */
    void appendToAll(List<UUID> users, String kind, String payload) {
        users.stream().sorted().forEach(u -> append(u, kind, payload));
    }

    /** The user's events numbered after {@code after}, oldest first, at most {@code limit}. */
    List<Logged> since(UUID user, long after, int limit) {
        return jdbc.sql("""
                        select seq, kind, payload::text as payload from stream_event
                        where user_id = :user and seq > :after order by seq limit :limit""")
                .param("user", user)
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> new Logged(rs.getLong("seq"), rs.getString("kind"), rs.getString("payload")))
                .list();
    }

    /** The number of the user's last event, 0 if none yet. */
    long last(UUID user) {
        return jdbc.sql("select coalesce(max(last), 0) from stream_sequence where user_id = :user")
                .param("user", user)
                .query(Long.class)
                .single();
    }

    /** Forgets events logged before {@code before}; the sequences stay (numbers never go back). */
    int prune(Instant before) {
        return jdbc.sql("delete from stream_event where created_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }
}
