package dev.ordo.platform.outbox;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores events in the {@code outbox_event} table of the service's own database. */
public class JdbcOutbox implements Outbox {

    private final JdbcClient jdbc;
    private final EventCodec codec;
    private final String source;
    private final Clock clock;
    private final Runnable onCommit;

    public JdbcOutbox(JdbcClient jdbc, EventCodec codec, String source, Clock clock, Runnable onCommit) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.source = source;
        this.clock = clock;
        this.onCommit = onCommit;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> EventEnvelope<T> append(EventType<T> type, String subject, String actor, T data) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long version = nextVersion(type.topic(), subject);
        EventEnvelope<T> envelope = new EventEnvelope<>(
                UUID.randomUUID(), source, type.name(), type.version(), now, subject, version, actor, data);
        jdbc.sql("""
                        insert into outbox_event (id, topic, event_key, event_type, payload, created_at,
                            aggregate_version)
                        values (:id, :topic, :key, :type, :payload, :createdAt, :version)""")
                .param("id", envelope.id())
                .param("version", version)
                .param("topic", type.topic())
                .param("key", subject)
                .param("type", type.name())
                .param("payload", codec.encode(envelope))
                .param("createdAt", java.sql.Timestamp.from(now))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    onCommit.run();
                }
            });
        }
        return envelope;
    }

    /**
     * One more than the aggregate's last version. The updated row stays locked until this transaction ends,
     * so a concurrent writer of the same aggregate waits, then takes the next number (and a later
     * {@code seq}): versions and relay order agree.
     */
    private long nextVersion(String topic, String subject) {
        return jdbc.sql("""
                        insert into outbox_aggregate_version (topic, subject, version) values (:topic, :subject, 1)
                        on conflict (topic, subject) do update set version = outbox_aggregate_version.version + 1
                        returning version""")
                .param("topic", topic)
                .param("subject", subject)
                .query(Long.class)
                .single();
    }
}
