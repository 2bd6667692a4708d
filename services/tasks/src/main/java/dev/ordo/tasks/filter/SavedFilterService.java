package dev.ordo.tasks.filter;

import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.tasks.query.FilterParser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's saved filters. A query is stored only if it parses (a syntax error is a 400 with its
 * position); names are resolved each time the filter runs, so a filter may name a project that comes later.
 */
@Service
public class SavedFilterService {

    private final SavedFilters filters;
    private final Clock clock;

    SavedFilterService(SavedFilters filters, Clock clock) {
        this.filters = filters;
        this.clock = clock;
    }

    @Transactional
    public SavedFilter create(UUID caller, String name, String query, Long position) {
        FilterParser.parse(query);
        Instant now = now();
        SavedFilter filter = new SavedFilter(
                UUID.randomUUID(),
                caller,
                name,
                query.strip(),
                position == null ? filters.nextPosition(caller) : position,
                now,
                now);
        if (!filters.add(filter)) {
            throw nameTaken(name);
        }
        return filter;
    }

    @Transactional(readOnly = true)
    public SavedFilter get(UUID caller, UUID id) {
        return filters.byId(caller, id).orElseThrow(SavedFilterService::noSuchFilter);
    }

    @Transactional(readOnly = true)
    public Page<SavedFilter> list(UUID caller, PageQuery query) {
        return Page.of(
                filters.page(caller, query.after("bigint", "uuid"), query.fetchSize()),
                query,
                f -> Cursor.of(List.of(Long.toString(f.position()), f.id().toString())));
    }

    @Transactional
    public SavedFilter update(UUID caller, UUID id, String name, String query, Long position) {
        SavedFilter before = filters.lock(caller, id).orElseThrow(SavedFilterService::noSuchFilter);
        if (query != null) {
            FilterParser.parse(query);
        }
        if (name != null && filters.nameTaken(caller, name, id)) {
            throw nameTaken(name);
        }
        SavedFilter after = new SavedFilter(
                id,
                caller,
                name == null ? before.name() : name,
                query == null ? before.query() : query.strip(),
                position == null ? before.position() : position,
                before.createdAt(),
                now());
        filters.update(after);
        return after;
    }

    @Transactional
    public void delete(UUID caller, UUID id) {
        filters.lock(caller, id).orElseThrow(SavedFilterService::noSuchFilter);
        filters.delete(id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Conflict nameTaken(String name) {
        return new Conflict("You have a filter named '" + name + "' already.");
    }

    static NotFound noSuchFilter() {
        return new NotFound("There is no such saved filter.");
    }
}
