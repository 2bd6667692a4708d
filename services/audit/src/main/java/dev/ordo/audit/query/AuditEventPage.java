package dev.ordo.audit.query;

import java.util.List;

/** One page of the trail, newest first; {@code nextCursor} is {@code null} on the last page. */
record AuditEventPage(List<AuditEventResponse> items, String nextCursor) {}
