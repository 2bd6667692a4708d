package dev.ordo.platform.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the platform tables from growing without end: sent outbox rows after {@code ordo.outbox.retention},
 * the marks of processed events after {@code ordo.events.processed-retention}. Losing an old mark is safe:
 * an event that old comes again only in a replay, and replicas compare aggregate versions anyway.
 * Parked and unsent rows are never pruned.
 */
public class Pruning {

    private static final Logger log = LoggerFactory.getLogger(Pruning.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration outboxRetention;
    private final Duration processedRetention;

    public Pruning(JdbcClient jdbc, Clock clock, Duration outboxRetention, Duration processedRetention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.outboxRetention = outboxRetention;
        this.processedRetention = processedRetention;
    }

    /** @return how many sent events were deleted */
    public int pruneSentEvents() {
        int deleted = jdbc.sql("delete from outbox_event where published_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(outboxRetention)))
                .update();
        if (deleted > 0) {
            log.info("Pruned {} outbox events sent more than {} ago", deleted, outboxRetention);
        }
        return deleted;
    }

    /** @return how many processed-event marks were deleted */
    public int pruneProcessedEvents() {
        int deleted = jdbc.sql("delete from processed_event where processed_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(processedRetention)))
                .update();
        if (deleted > 0) {
            log.info("Pruned {} processed-event marks older than {}", deleted, processedRetention);
        }
        return deleted;
    }
}
