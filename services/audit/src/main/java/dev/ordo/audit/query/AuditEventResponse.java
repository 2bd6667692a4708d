package dev.ordo.audit.query;

import dev.ordo.audit.trail.AuditEvent;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** An event of the trail on the wire. {@code entity} is the id of what the event is about. */
record AuditEventResponse(
        UUID id,
        String type,
        String source,
        String entity,
        String actor,
        int dataVersion,
        Instant occurredAt,
        Instant recordedAt,
        JsonNode data) {

    static AuditEventResponse of(AuditEvent event) {
        return new AuditEventResponse(
                event.id(),
                event.type(),
                event.source(),
                event.subject(),
                event.actor(),
                event.dataVersion(),
                event.occurredAt(),
                event.recordedAt(),
                event.data());
    }
}
