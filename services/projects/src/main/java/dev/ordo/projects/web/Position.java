package dev.ordo.projects.web;

import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.PageQuery;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a row sits in a list ordered by (time, id), as every list of this service is: the key of keyset
 * pagination, and what a page's cursor holds.
 */
public record Position(Instant at, UUID id) {

    /** Where the page asked for starts (after this position); null for the first page. */
    public static Position after(PageQuery query) {
        return query.after(2, cursor -> new Position(cursor.instant(0), cursor.uuid(1)));
    }

    /** The cursor of the page that follows a row at this position. */
    public Cursor cursor() {
        return Cursor.of(at, id);
    }
}
