package dev.ordo.search.indexing;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.search.engine.DocumentType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How fresh the index is: the timer {@code ordo.search.freshness} (tag {@code type}) from the moment a change
 * happened (its event's {@code time}, set by the publisher's outbox in the changing transaction) to the moment its
 * document is searchable (the indexing transaction committed). The target: 1 s at p99 under load.
 */
@Component
class Freshness {

    private final Map<DocumentType, Timer> timers = new EnumMap<>(DocumentType.class);
    private final Clock clock;

    Freshness(MeterRegistry registry) {
        this.clock = Clock.systemUTC();
        for (DocumentType type : DocumentType.values()) {
            timers.put(
                    type,
                    Timer.builder("ordo.search.freshness")
                            .description("From a change (its event's time) to its document being searchable")
                            .tag("type", type.wire())
                            .publishPercentiles(0.5, 0.95, 0.99)
                            .publishPercentileHistogram()
                            .minimumExpectedValue(Duration.ofMillis(1))
                            .maximumExpectedValue(Duration.ofMinutes(1))
                            .register(registry));
        }
    }

    /** The document of this event was written; timed when its transaction commits (at once without one). */
    void indexed(DocumentType type, EventEnvelope<?> event) {
        Instant happened = event.time();
        if (happened == null) {
            return;
        }
        Timer timer = timers.get(type);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            record(timer, happened);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                record(timer, happened);
            }
        });
    }

    private void record(Timer timer, Instant happened) {
        Duration age = Duration.between(happened, clock.instant());
        timer.record(age.isNegative() ? Duration.ZERO : age);
    }
}
