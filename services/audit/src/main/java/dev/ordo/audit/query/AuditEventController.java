package dev.ordo.audit.query;

import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.paging.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads the audit trail. Parameters arrive as text so that every bad value is a 400 that says why. */
@RestController
@RequestMapping("/api/v1/audit/events")
class AuditEventController {

    private final AuditQueryService queries;

    AuditEventController(AuditQueryService queries) {
        this.queries = queries;
    }

    @GetMapping
    Page<AuditEventResponse> list(
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "entity", required = false) String entity,
            @RequestParam(name = "actor", required = false) String actor,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam(name = "limit", required = false) String limit) {
        AuditQuery query = AuditQuery.parse(type, entity, actor, from, to, cursor, limit);
        return queries.find(Caller.current(), query);
    }
}
