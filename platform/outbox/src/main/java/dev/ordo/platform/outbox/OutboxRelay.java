package dev.ordo.platform.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends stored events to Kafka, oldest first, until every one is acknowledged (acks=all, idempotent
 * producer). While Kafka is away it keeps trying with a growing pause, so a user's write never waits for
 * Kafka and no event is lost. One relay at a time works a database (a PostgreSQL advisory lock), which
 * keeps the order of each aggregate's events when several instances of a service run.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: the advisory lock that elects the one active relay of a database. */
    private static final long RELAY_LOCK = 0x0_4d0_0b0eL;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running;
    private volatile Thread worker;
    private volatile Duration backoff = Duration.ZERO;
    private long lastCleanup;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
                       OutboxProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    /** Called after a transaction that wrote events commits, so they go out at once. */
    public void wakeUp() {
        wakeUp.release();
    }

    public long publishedCount() {
        return published.get();
    }

    public long pendingCount() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofVirtual().name("outbox-relay").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            wakeUp.release();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop late (after listeners), start early. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void run() {
        while (running) {
            try {
                Duration pause = backoff.isZero() ? properties.pollInterval() : backoff;
                if (wakeUp.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUp.drainPermits();
                }
                if (!running) {
                    return;
                }
                int sent;
                do {
                    sent = relayBatch();
                } while (sent >= properties.batchSize() && running);
                backoff = Duration.ZERO;
                cleanUpNowAndThen();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = nextBackoff();
                log.warn("Outbox relay could not send events, retrying in {} ms: {}", backoff.toMillis(), e.toString());
            }
        }
    }

    /** Sends one batch; returns how many were acknowledged. Throws when the batch could not all be sent. */
    int relayBatch() {
        BatchResult result = transactions.execute(status -> {
            Boolean leader = jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", RELAY_LOCK)
                    .query(Boolean.class).single();
            if (!Boolean.TRUE.equals(leader)) {
                return BatchResult.NOTHING;
            }
            List<PendingEvent> batch = jdbc.sql("""
                            select id, topic, event_key, event_type, payload from outbox_event
                            where published_at is null order by seq limit :limit""")
                    .param("limit", properties.batchSize())
                    .query((rs, n) -> new PendingEvent(rs.getObject("id", UUID.class), rs.getString("topic"),
                            rs.getString("event_key"), rs.getString("event_type"), rs.getString("payload")))
                    .list();
            if (batch.isEmpty()) {
                return BatchResult.NOTHING;
            }
            List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
            for (PendingEvent event : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
                record.headers().add("ce_id", event.id().toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", event.type().getBytes(StandardCharsets.UTF_8));
                try {
                    acks.add(kafka.send(record));
                } catch (RuntimeException e) {
                    // no metadata within max.block.ms: Kafka is away; the rest of the batch would block too
                    acks.add(CompletableFuture.failedFuture(e));
                    break;
                }
            }
            List<UUID> done = new ArrayList<>(batch.size());
            RuntimeException failure = null;
            long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    done.add(batch.get(i).id());
                } catch (Exception e) {
                    // Keep the order of an aggregate: nothing after the first failure counts as sent.
                    failure = new IllegalStateException("sending " + batch.get(i).id() + " failed: " + rootMessage(e), e);
                    jdbc.sql("update outbox_event set attempts = attempts + 1, last_error = :error where id = :id")
                            .param("error", rootMessage(e)).param("id", batch.get(i).id()).update();
                    break;
                }
            }
            if (!done.isEmpty()) {
                jdbc.sql("update outbox_event set published_at = :now where id in (:ids)")
                        .param("now", Timestamp.from(clock.instant())).param("ids", done).update();
                published.addAndGet(done.size());
            }
            // commit what was acknowledged (and the failed attempt), then let the loop back off
            return new BatchResult(done.size(), failure);
        });
        if (result == null) {
            return 0;
        }
        if (result.failure() != null) {
            throw result.failure();
        }
        return result.sent();
    }

    private void cleanUpNowAndThen() {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < Duration.ofMinutes(10).toMillis()) {
            return;
        }
        lastCleanup = now;
        int deleted = jdbc.sql("delete from outbox_event where published_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(properties.keepPublishedFor())))
                .update();
        if (deleted > 0) {
            log.debug("Deleted {} published outbox events", deleted);
        }
    }

    private Duration nextBackoff() {
        Duration next = backoff.isZero() ? Duration.ofMillis(250) : backoff.multipliedBy(2);
        return next.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : next;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private record BatchResult(int sent, RuntimeException failure) {
        static final BatchResult NOTHING = new BatchResult(0, null);
    }

    private record PendingEvent(UUID id, String topic, String key, String type, String payload) {
    }
}
