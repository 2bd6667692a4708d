package dev.ordo.testsupport;

import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The services upstream of the one under test, as it hears them: their events published to the (embedded) broker
 * in the contracts' envelope, each aggregate's numbered 1, 2, 3… as the publisher's outbox numbers them. A service's
 * test fixture (its "world") builds its sentences on this ({@code world.join(project, bob, "member")}) and waits for
 * the replica with {@link #awaitCount}.
 */
public final class Upstream {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec;
    private final JdbcClient jdbc;

    public Upstream(KafkaTemplate<String, String> kafka, EventCodec codec, JdbcClient jdbc) {
        this.kafka = kafka;
        this.codec = codec;
        this.jdbc = jdbc;
    }

    /** Publishes the aggregate's next event; {@code actor} may be null (a system change). */
    public <T> EventEnvelope<T> publish(EventType<T> type, UUID subject, UUID actor, T data) {
        return send(type.topic(), envelope(type, subject, actor, data));
    }

    /** Publishes the aggregate's event with this very version (to number it as a test needs). */
    public <T> EventEnvelope<T> publish(EventType<T> type, UUID subject, long version, UUID actor, T data) {
        return send(type.topic(), envelope(type, subject, version, actor, data));
    }

    /** The aggregate's next event, not yet sent (to send later, twice, or out of order). */
    public <T> EventEnvelope<T> envelope(EventType<T> type, UUID subject, UUID actor, T data) {
        return envelope(type, subject, nextVersion(type.topic(), subject), actor, data);
    }

    /** The next version of the aggregate {@code subject} on {@code topic}, counted from 1. */
    public long nextVersion(String topic, UUID subject) {
        return versions.computeIfAbsent(topic + "/" + subject, k -> new AtomicLong())
                .incrementAndGet();
    }

    /** Sends this envelope (again, if it was sent before: Kafka delivers at least once). */
    public <T> EventEnvelope<T> send(String topic, EventEnvelope<T> envelope) {
        try {
            kafka.send(topic, envelope.subject(), codec.encode(envelope)).get(15, TimeUnit.SECONDS);
            return envelope;
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
    }

    /** Waits until {@code sql} (a {@code select count(*)}) counts {@code expected} rows. */
    public void awaitCount(long expected, String sql, Map<String, ?> params) {
        await(sql + " = " + expected)
                .atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> count(sql, params) == expected);
    }

    public long count(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private <T> EventEnvelope<T> envelope(EventType<T> type, UUID subject, long version, UUID actor, T data) {
        return new EventEnvelope<>(
                UUID.randomUUID(),
                "ordo/" + type.topic().split("\\.")[1],
                type.name(),
                type.version(),
                Instant.now(),
                subject.toString(),
                version,
                actor == null ? null : actor.toString(),
                data);
    }
}
