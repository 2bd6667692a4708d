package dev.ordo.notifications.delivery;

import dev.ordo.notifications.inbox.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery table. A worker claims due rows ({@code for update skip locked}, so two workers never claim the same
 * one) by marking them {@code sending} with a lease, sends them outside any transaction, then records the outcome.
 */
@Repository
class DeliveryRows {

    /** A claimed delivery: which notification, on which channel, the how-manyth attempt. */
    record Claimed(UUID id, UUID notificationId, Channel channel, int attempt) {}

    private final JdbcClient jdbc;

    DeliveryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID notificationId, Channel channel, Instant dueAt, Instant now) {
        jdbc.sql("""
                        insert into delivery (id, notification_id, channel, next_attempt_at, created_at)
                        values (:id, :n, :c, :due, :now)
                        on conflict on constraint delivery_once do nothing""")
                .param("id", UUID.randomUUID())
                .param("n", notificationId)
                .param("c", channel.wire())
                .param("due", Timestamp.from(dueAt))
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Claims up to {@code batch} deliveries of these channels that are due, or whose claimer's lease ran out (it died
     * mid-send: one more try), until {@code leaseUntil}.
     */
    List<Claimed> claim(Collection<Channel> channels, int batch, Instant now, Instant leaseUntil) {
        if (channels.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        update delivery d set status = 'sending', attempts = d.attempts + 1, lease_until = :lease
                        where d.id in (
                            select id from delivery
                            where channel in (:channels)
                              and ((status = 'pending' and next_attempt_at <= :now)
                                or (status = 'sending' and lease_until <= :now))
                            order by next_attempt_at
                            limit :batch
                            for update skip locked)
                        returning d.id, d.notification_id, d.channel, d.attempts""")
                .param("lease", Timestamp.from(leaseUntil))
                .param("channels", channels.stream().map(Channel::wire).toList())
                .param("now", Timestamp.from(now))
                .param("batch", batch)
                .query((rs, n) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("notification_id", UUID.class),
                        Channel.fromWire(rs.getString("channel")).orElseThrow(),
                        rs.getInt("attempts")))
                .list();
    }

    void sent(UUID id, Instant now) {
        jdbc.sql("""
                        update delivery set status = 'sent', sent_at = :now, lease_until = null, last_error = null
                        where id = :id and status = 'sending'""").param("id", id).param("now", Timestamp.from(now)).update();
    }

    void retryAt(UUID id, Instant at, String error) {
        jdbc.sql("""
                        update delivery set status = 'pending', next_attempt_at = :at, lease_until = null,
                            last_error = :error
                        where id = :id and status = 'sending'""")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("error", error)
                .update();
    }

    void park(UUID id, String error) {
        jdbc.sql("""
                        update delivery set status = 'parked', lease_until = null, last_error = :error
                        where id = :id and status = 'sending'""").param("id", id).param("error", error).update();
    }

    long parked() {
        return jdbc.sql("select count(*) from delivery where status = 'parked'")
                .query(Long.class)
                .single();
    }
}
