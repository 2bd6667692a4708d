package dev.ordo.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The CloudEvents-style envelope every Ordo event travels in.
 *
 * @param id          unique per event; consumers de-duplicate on it
 * @param source      the service that emitted it, e.g. {@code ordo/identity}
 * @param type        the event type name, e.g. {@code user.registered}
 * @param dataVersion the schema version of {@code data}
 * @param time        when the change happened (UTC)
 * @param subject     the aggregate id; also the Kafka key, so order per aggregate holds
 * @param aggregateVersion the aggregate's version after this event: 1 for its first event, one more for each
 *                    later one (assigned by the outbox in the writing transaction). A replica applies an
 *                    event only if it is newer than what it holds; {@code 0} marks an event written before
 *                    versions existed (apply in arrival order)
 * @param actor       the user who caused it, or {@code null} for the system
 * @param data        the event record (or a JSON tree before it is bound to its record)
 */
public record EventEnvelope<T>(
        UUID id,
        String source,
        String type,
        int dataVersion,
        Instant time,
        String subject,
        long aggregateVersion,
        String actor,
        T data) {

    public static final String SPEC_VERSION = "1.0";

    /** Events written before aggregate versions existed carry none; they are applied in arrival order. */
    public static final long UNVERSIONED = 0;

    /** Whether this event is newer than a replica that holds {@code heldVersion} (or has no version to compare). */
    public boolean isNewerThan(long heldVersion) {
        return aggregateVersion == UNVERSIONED || aggregateVersion > heldVersion;
    }

    public String specversion() {
        return SPEC_VERSION;
    }
}
