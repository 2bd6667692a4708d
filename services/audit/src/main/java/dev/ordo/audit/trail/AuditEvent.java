package dev.ordo.audit.trail;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One event as the audit trail keeps it: never changed after it is recorded.
 *
 * @param subject    the entity the event is about (the envelope's subject), or {@code null}
 * @param actor      the user who caused it, or {@code null} for the system
 * @param occurredAt when it happened, as its producer says
 * @param recordedAt when the audit service stored it
 * @param data       the event's data, as published
 */
public record AuditEvent(
        UUID id,
        String type,
        String source,
        String topic,
        String subject,
        String actor,
        int dataVersion,
        Instant occurredAt,
        Instant recordedAt,
        JsonNode data) {

    /** Where this event sits in the newest-first order of the trail. */
    public Position position() {
        return new Position(occurredAt, id);
    }
}
