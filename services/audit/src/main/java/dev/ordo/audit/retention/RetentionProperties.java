package dev.ordo.audit.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the trail keeps events, and when the job that expires them runs.
 *
 * @param retention         events that happened longer ago than this are deleted
 * @param retentionSchedule a db-scheduler schedule: {@code DAILY|03:30|UTC} or {@code FIXED_DELAY|3600s}
 */
@ConfigurationProperties("ordo.audit")
public record RetentionProperties(
        @DefaultValue("365d") Duration retention,
        @DefaultValue("DAILY|03:30|UTC") String retentionSchedule) {

    /** The database refuses to expire younger events (V3__append_only_trail.sql). */
    static final Duration MINIMUM = Duration.ofDays(1);

    public RetentionProperties {
        if (retention.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("ordo.audit.retention must be at least 1d, was " + retention);
        }
    }
}
