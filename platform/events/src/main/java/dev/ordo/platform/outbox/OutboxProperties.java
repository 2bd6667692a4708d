package dev.ordo.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordo.outbox.*}.
 *
 * @param source           the CloudEvents source of this service's events, e.g. {@code ordo/identity}
 * @param pollInterval     how often the relay looks for unsent events when nobody woke it
 * @param batchSize        events sent per round
 * @param sendTimeout      how long one round waits for the broker's acknowledgements
 * @param maxBackoff       the longest pause between attempts while Kafka is unreachable
 * @param retention        how long sent events stay in the table (for inspection) before the pruning job
 *                         deletes them
 * @param maxAttempts      after this many refusals of one event by Kafka (too large, invalid topic: not
 *                         Kafka being away) it is parked
 */
@ConfigurationProperties("ordo.outbox")
public record OutboxProperties(
        String source,
        Duration pollInterval,
        Integer batchSize,
        Duration sendTimeout,
        Duration maxBackoff,
        Duration retention,
        Integer maxAttempts) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize == null ? 500 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(20) : sendTimeout;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        retention = retention == null ? Duration.ofDays(7) : retention;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
    }
}
