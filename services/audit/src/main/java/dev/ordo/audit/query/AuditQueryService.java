package dev.ordo.audit.query;

import dev.ordo.audit.summary.Summaries;
import dev.ordo.audit.summary.Summary;
import dev.ordo.audit.trail.AuditEvent;
import dev.ordo.audit.trail.AuditEventFilter;
import dev.ordo.audit.trail.AuditEvents;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.paging.Page;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
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
    Page<AuditEventResponse> find(Caller caller, AuditQuery query) {
        UUID actor = visibleActor(caller, query.actor());
        AuditEventFilter filter = new AuditEventFilter(
                query.type(), query.entity(), actor == null ? null : actor.toString(), query.from(), query.to());
        Page<AuditEvent> page = Page.of(
                events.find(filter, query.after(), query.page().fetchSize()),
                query.page(),
                event -> AuditQuery.cursorAfter(event.position()));
        List<Summary> told = summaries.of(page.items());
        return new Page<>(
                IntStream.range(0, told.size())
                        .mapToObj(i -> AuditEventResponse.of(page.items().get(i), told.get(i)))
                        .toList(),
                page.nextCursor());
    }

    /** The actor whose events the caller gets; {@code null} means everyone's, which only admins get. */
    private static UUID visibleActor(Caller caller, UUID requested) {
        if (caller.isAdmin()) {
            return requested;
        }
        if (requested != null && !requested.equals(caller.userId())) {
            throw new Forbidden("Only admins may read the events of other users.");
        }
        return caller.userId();
    }
}
