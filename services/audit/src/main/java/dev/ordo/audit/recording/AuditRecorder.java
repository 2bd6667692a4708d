package dev.ordo.audit.recording;

import dev.ordo.audit.summary.Names;
import dev.ordo.audit.trail.AuditEvent;
import dev.ordo.audit.trail.AuditEvents;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.platform.events.EventSubscriptions.TopicEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** Adds each event to the trail exactly once; Kafka's redeliveries find it there and change nothing. */
@Service
public class AuditRecorder {

    static final String STORED_METRIC = "ordo.audit.events.stored";

    private final AuditEvents events;
    private final Names names;
    private final MeterRegistry meters;
    private final Clock clock;

    AuditRecorder(AuditEvents events, Names names, MeterRegistry meters, Clock clock) {
        this.events = events;
        this.names = names;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Also remembers the names the event gives, even when it was recorded before: a replay then restores
     * names learned before audit remembered any.
     *
     * @return {@code true} if the event was new
     */
    @Transactional
    public boolean record(EventEnvelope<JsonNode> envelope, String topic) {
        return recordAll(List.of(new TopicEvent(envelope, topic))) == 1;
    }

    /**
     * {@link #record} for a batch (the platform hands audit each poll's new events at once, ADR 0025): one
     * multi-row insert of the events, one of the names they give, whatever their number.
     *
     * @return how many events were new
     */
    @Transactional
    public int recordAll(List<TopicEvent> batch) {
        // PostgreSQL keeps microseconds; truncating here keeps the stored and the paged positions equal.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AuditEvent> events = new ArrayList<>(batch.size());
        for (TopicEvent each : batch) {
            events.add(eventOf(each.event(), each.topic(), now));
        }
        Set<UUID> added = this.events.addAll(events);
        names.learnFromAll(events);
        if (!added.isEmpty()) {
            countAfterCommit(events.stream()
                    .filter(event -> added.contains(event.id()))
                    .map(AuditEvent::type)
                    .toList());
        }
        return added.size();
    }

    private static AuditEvent eventOf(EventEnvelope<JsonNode> envelope, String topic, Instant now) {
        JsonNode data =
                envelope.data() == null || envelope.data().isMissingNode() ? NullNode.getInstance() : envelope.data();
        return new AuditEvent(
                envelope.id(),
                envelope.type(),
                envelope.source(),
                topic,
                envelope.subject(),
                envelope.actor(),
                envelope.dataVersion(),
                envelope.time().truncatedTo(ChronoUnit.MICROS),
                now,
                data);
    }

    /** Counted once the rows are committed, so a rolled-back insert (then redelivered) is not counted twice. */
    private void countAfterCommit(List<String> types) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (String type : types) {
                    Counter.builder(STORED_METRIC)
                            .description("Events added to the audit trail")
                            .tag("type", type)
                            .register(meters)
                            .increment();
                }
            }
        });
    }
}
