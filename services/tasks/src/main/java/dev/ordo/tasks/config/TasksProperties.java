package dev.ordo.tasks.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ordo.tasks.*}.
 *
 * @param prioritySweep      how often the priority rules are applied to all open tasks (db-scheduler, once
 *                           across replicas)
 * @param mostUrgentTtl      how long a user's most-urgent list stays cached at most (a safety net: writes
 *                           evict it at once)
 */
@ConfigurationProperties("ordo.tasks")
public record TasksProperties(
        @DefaultValue("5m") Duration prioritySweep,
        @DefaultValue("60s") Duration mostUrgentTtl) {

    public TasksProperties {
        positive("priority-sweep", prioritySweep);
        positive("most-urgent-ttl", mostUrgentTtl);
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("ordo.tasks." + name + " must be positive, was " + value);
        }
    }
}
