package dev.ordo.audit.query;

import dev.ordo.audit.summary.Actor;
import dev.ordo.audit.summary.ProjectRef;
import dev.ordo.audit.summary.Subject;
import dev.ordo.audit.summary.Summary;
import dev.ordo.audit.trail.AuditEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An event of the trail on the wire: told for people ({@code summary} and the typed fields, which is all the
 * web app reads), and as recorded ({@code entity}, the envelope's subject, and {@code data}, for operators).
 */
record AuditEventResponse(
        UUID id,
        String type,
        String action,
        String summary,
        @Nullable Actor actor,
        @Nullable Subject subject,
        @Nullable ProjectRef project,
        Instant occurredAt,
        Instant recordedAt,
        String entity,
        String source,
        int dataVersion,
        JsonNode data) {

    static AuditEventResponse of(AuditEvent event, Summary told) {
        return new AuditEventResponse(
                event.id(),
                event.type(),
                told.action(),
                told.summary(),
                told.actor(),
                told.subject(),
                told.project(),
                event.occurredAt(),
                event.recordedAt(),
                event.subject(),
                event.source(),
                event.dataVersion(),
                event.data());
    }
}
