package dev.ordo.audit.query;

import dev.ordo.audit.summary.Summaries;
import dev.ordo.audit.summary.Summary;
import dev.ordo.audit.trail.AuditEvent;
import dev.ordo.audit.trail.AuditEventFilter;
import dev.ordo.audit.trail.AuditEvents;
import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.ApiException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers queries on the trail: a user sees what they did; an admin sees what anyone did. */
@Service
class AuditQueryService {

    private final AuditEvents events;
    private final Summaries summaries;

    AuditQueryService(AuditEvents events, Summaries summaries) {
        this.events = events;
        this.summaries = summaries;
    }

    @Transactional(readOnly = true)
    AuditEventPage find(Caller caller, AuditQuery query) {
        UUID actor = visibleActor(caller, query.actor());
        AuditEventFilter filter = new AuditEventFilter(
                query.type(), query.entity(), actor == null ? null : actor.toString(), query.from(), query.to());
        // One row more than asked tells whether another page exists, without counting.
        List<AuditEvent> found = events.find(filter, query.after(), query.limit() + 1);
        boolean more = found.size() > query.limit();
        List<AuditEvent> page = more ? found.subList(0, query.limit()) : found;
        List<Summary> told = summaries.of(page);
        return new AuditEventPage(
                java.util.stream.IntStream.range(0, page.size())
                        .mapToObj(i -> AuditEventResponse.of(page.get(i), told.get(i)))
                        .toList(),
                more ? Cursor.encode(page.getLast().position()) : null);
    }

    /** The actor whose events the caller gets; {@code null} means everyone's, which only admins get. */
    private static UUID visibleActor(Caller caller, UUID requested) {
        if (caller.isAdmin()) {
            return requested;
        }
        if (requested != null && !requested.equals(caller.userId())) {
            throw ApiException.forbidden("Only admins may read the events of other users.");
        }
        return caller.userId();
    }
}
