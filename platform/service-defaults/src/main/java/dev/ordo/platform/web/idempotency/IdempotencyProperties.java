package dev.ordo.platform.web.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ordo.idempotency.*}.
 *
 * @param ttl             how long a key is remembered; a key older than this is a new key
 * @param cleanupInterval how often keys older than the TTL are deleted (a recurring job, once across replicas)
 * @param concurrentWait  how long a request waits for another one holding its key before it is a 409
 */
@ConfigurationProperties("ordo.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration ttl,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("10s") Duration concurrentWait) {

    public IdempotencyProperties {
        positive("ttl", ttl);
        positive("cleanup-interval", cleanupInterval);
        positive("concurrent-wait", concurrentWait);
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("ordo.idempotency." + name + " must be positive, was " + value);
        }
    }
}
