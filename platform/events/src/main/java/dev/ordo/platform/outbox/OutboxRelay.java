package dev.ordo.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends stored events to Kafka, oldest first, until every one is acknowledged (acks=all, idempotent
 * producer). While Kafka is away it keeps trying with a growing pause, so a user's write never waits for
 * Kafka and no event is lost. One relay at a time works a database (a session-level PostgreSQL advisory
 * lock, held for a round on a connection in auto-commit: no transaction stays open while Kafka is awaited),
 * which keeps the order of each aggregate's events when several instances of a service run.
 * <p>
 * An event Kafka refuses for itself (too large, an invalid or forbidden topic) is parked after
 * {@code ordo.outbox.max-attempts}; it and the later events of its aggregate then wait for an operator,
 * while every other aggregate's events flow on (ADR 0012).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: the advisory lock that elects the one active relay of a database. */
    private static final long RELAY_LOCK = 0x0_4d0_0b0eL;

    private final DataSource dataSource;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final JdbcClient jdbc;
    private volatile boolean running;
    private volatile Thread worker;
    private volatile Duration backoff = Duration.ZERO;

    public OutboxRelay(
            DataSource dataSource, KafkaTemplate<String, String> kafka, OutboxProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
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

    /** Events this relay has parked since it started. */
    public long parkedCount() {
        return parked.get();
    }

    public long pendingCount() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null and parked_at is null")
                .query(Long.class)
                .single();
    }

    /** Parked events not yet released or discarded. */
    public long parkedNowCount() {
        return jdbc.sql("select count(*) from outbox_event where parked_at is not null and published_at is null")
                .query(Long.class)
                .single();
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
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = nextBackoff();
                log.warn("Outbox relay could not send events, retrying in {} ms: {}", backoff.toMillis(), e.toString());
            }
        }
    }

    /**
     * Sends one batch; returns how many were acknowledged. Throws when some could not be sent (after recording
     * the attempt, and parking what Kafka will never take), so the loop backs off.
     */
    int relayBatch() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            Boolean leader = db.sql("select pg_try_advisory_lock(:lock)")
                    .param("lock", RELAY_LOCK)
                    .query(Boolean.class)
                    .single();
            if (!Boolean.TRUE.equals(leader)) {
                return 0;
            }
            try {
                return round(db);
            } finally {
                db.sql("select pg_advisory_unlock(:lock)")
                        .param("lock", RELAY_LOCK)
                        .query(Boolean.class)
                        .single();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox database unavailable: " + e.getMessage(), e);
        }
    }

    private int round(JdbcClient db) {
        // an aggregate with a parked event is held back whole: its consumers must not see a gap in its story.
        // Parked events are rare: when there are none, the round is a plain walk of the unpublished index (the
        // anti-join, planned on stale statistics after a burst of inserts, took seconds per round).
        boolean anyParked = db.sql("""
                        select exists (select 1 from outbox_event where parked_at is not null and published_at is null)""").query(Boolean.class).single();
        String holdBack = anyParked
                ? " and not exists (select 1 from outbox_event p where p.parked_at is not null"
                        + " and p.published_at is null and p.topic = o.topic and p.event_key = o.event_key)"
                : "";
        List<PendingEvent> batch = db.sql(
                        "select o.id, o.topic, o.event_key, o.event_type, o.payload, o.attempts from outbox_event o"
                                + " where o.published_at is null and o.parked_at is null" + holdBack
                                + " order by o.seq limit :limit")
                .param("limit", properties.batchSize())
                .query((rs, n) -> new PendingEvent(
                        rs.getObject("id", UUID.class),
                        rs.getString("topic"),
                        rs.getString("event_key"),
                        rs.getString("event_type"),
                        rs.getString("payload"),
                        rs.getInt("attempts")))
                .list();
        if (batch.isEmpty()) {
            return 0;
        }
        List<InFlight> inFlight = new ArrayList<>(batch.size());
        List<Failure> failures = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        for (PendingEvent event : batch) {
            if (failed.contains(event.aggregate())) {
                continue;
            }
            CompletableFuture<?> ack;
            try {
                ack = kafka.send(record(event));
            } catch (RuntimeException e) {
                ack = CompletableFuture.failedFuture(e);
            }
            if (ack.isCompletedExceptionally()) {
                Throwable cause = causeOf(ack);
                failures.add(new Failure(event, cause));
                failed.add(event.aggregate());
                if (isRetriable(cause)) {
                    break; // Kafka is away (no metadata within max.block.ms): the rest would block too
                }
                continue;
            }
            inFlight.add(new InFlight(event, ack));
        }
        List<UUID> done = new ArrayList<>(inFlight.size());
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (InFlight sending : inFlight) {
            try {
                sending.ack().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                // acknowledged, but after an earlier event of its aggregate failed: it goes again after that one
                if (!failed.contains(sending.event().aggregate())) {
                    done.add(sending.event().id());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(new Failure(sending.event(), e));
                break;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                failures.add(new Failure(sending.event(), e instanceof ExecutionException ? e.getCause() : e));
                failed.add(sending.event().aggregate());
            }
        }
        if (!done.isEmpty()) {
            // one statement, one array parameter, however many were acknowledged
            db.sql("update outbox_event set published_at = :now where id = any(cast(:ids as uuid[]))")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("ids", done.stream().map(UUID::toString).toArray(String[]::new))
                    .update();
            published.addAndGet(done.size());
        }
        for (Failure failure : failures) {
            record(db, failure);
        }
        if (!failures.isEmpty()) {
            Failure first = failures.getFirst();
            throw new IllegalStateException(
                    "sending " + first.event().id() + " failed: " + rootMessage(first.cause()), first.cause());
        }
        return done.size();
    }

    private void record(JdbcClient db, Failure failure) {
        PendingEvent event = failure.event();
        int attempts = event.attempts() + 1;
        boolean park = !isRetriable(failure.cause()) && attempts >= properties.maxAttempts();
        String error = rootMessage(failure.cause());
        db.sql("""
                        update outbox_event set attempts = :attempts, last_error = :error,
                            parked_at = case when :park then cast(:now as timestamptz) end
                        where id = :id""")
                .param("attempts", attempts)
                .param("error", error)
                .param("park", park)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", event.id())
                .update();
        if (park) {
            parked.incrementAndGet();
            log.error(
                    "Outbox event {} ({} on {}, key {}) parked after {} attempts: Kafka refuses it ({}). Later "
                            + "events of this aggregate wait until it is released or discarded (platform/events README).",
                    event.id(),
                    event.type(),
                    event.topic(),
                    event.key(),
                    attempts,
                    error);
        }
    }

    private static ProducerRecord<String, String> record(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        record.headers().add("ce_id", event.id().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", event.type().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Kafka or the network being away (worth waiting for), as opposed to Kafka refusing this very record. */
    static boolean isRetriable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException
                    || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable causeOf(CompletableFuture<?> failed) {
        try {
            failed.join();
            return new IllegalStateException("not failed");
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            return e.getCause() == null ? e : e.getCause();
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

    private record PendingEvent(UUID id, String topic, String key, String type, String payload, int attempts) {
        String aggregate() {
            return topic + '\u0000' + key;
        }
    }

    private record InFlight(PendingEvent event, CompletableFuture<?> ack) {}

    private record Failure(PendingEvent event, Throwable cause) {}
}
