package dev.ordo.audit.retention;

import dev.ordo.audit.trail.AuditEvents;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Forgets events older than the retention period: the only way a row ever leaves the trail. */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);
    static final int BATCH_SIZE = 5_000;

    private final AuditEvents events;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionService(AuditEvents events, RetentionProperties properties, Clock clock) {
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Deletes in batches, each its own short transaction (deliberately not one @Transactional around
     * all): a first run over a year of events must not hold locks or bloat the table for minutes, and
     * a run stopped half-way has still done useful work.
     *
     * @return how many events were deleted
     */
    public long deleteExpired() {
        Instant cutoff = clock.instant().minus(properties.retention());
        long total = 0;
        int deleted;
        do {
            deleted = events.deleteOccurredBefore(cutoff, BATCH_SIZE);
            total += deleted;
        } while (deleted == BATCH_SIZE && !Thread.currentThread().isInterrupted());
        log.info("Audit retention: deleted {} events that occurred before {}", total, cutoff);
        return total;
    }
}
