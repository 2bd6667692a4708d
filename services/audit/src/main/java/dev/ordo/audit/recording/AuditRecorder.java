package dev.ordo.audit.recording;

import dev.ordo.audit.summary.Names;
import dev.ordo.audit.trail.AuditEvent;
import dev.ordo.audit.trail.AuditEvents;
import dev.ordo.contracts.events.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
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
        JsonNode data =
                envelope.data() == null || envelope.data().isMissingNode() ? NullNode.getInstance() : envelope.data();
        // PostgreSQL keeps microseconds; truncating here keeps the stored and the paged positions equal.
        AuditEvent event = new AuditEvent(
                envelope.id(),
                envelope.type(),
                envelope.source(),
                topic,
                envelope.subject(),
                envelope.actor(),
                envelope.dataVersion(),
                envelope.time().truncatedTo(ChronoUnit.MICROS),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                data);
        boolean added = events.add(event);
        names.learnFrom(event);
        if (added) {
            countAfterCommit(event.type());
        }
        return added;
    }

    /** Counted once the row is committed, so a rolled-back insert (then redelivered) is not counted twice. */
    private void countAfterCommit(String type) {
        Counter stored = Counter.builder(STORED_METRIC)
                .description("Events added to the audit trail")
                .tag("type", type)
                .register(meters);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                stored.increment();
            }
        });
    }
}
