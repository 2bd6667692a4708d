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
        String actor,
        T data) {

    public static final String SPEC_VERSION = "1.0";

    public String specversion() {
        return SPEC_VERSION;
    }
}
