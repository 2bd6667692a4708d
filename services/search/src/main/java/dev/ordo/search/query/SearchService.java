package dev.ordo.search.query;

import dev.ordo.platform.memberships.ProjectMemberships;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.search.engine.DocumentType;
import dev.ordo.search.engine.QueryText;
import dev.ordo.search.engine.SearchEngine;
import dev.ordo.search.engine.SearchHit;
import dev.ordo.search.engine.SearchQuery;
import dev.ordo.search.indexing.IndexedTasks;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching as a caller: only what they can see now (the projects the memberships replica says they are a member
 * of, archived ones left out, and their own personal calendar events), in the engine's order, a page at a time.
 */
@Service
public class SearchService {

    /** The problem of a {@code q} that cannot be searched: missing, without a word, or too long. */
    public static final String INVALID_QUERY = "invalid-search-query";

    private static final Set<String> STATUSES = Set.of("open", "pending", "in_progress", "completed", "cancelled");

    private final SearchEngine engine;
    private final ProjectMemberships memberships;
    private final IndexedTasks tasks;

    SearchService(SearchEngine engine, ProjectMemberships memberships, IndexedTasks tasks) {
        this.engine = engine;
        this.memberships = memberships;
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public Page<SearchHitResponse> search(
            UUID caller,
            @Nullable String q,
            @Nullable List<String> types,
            @Nullable UUID projectId,
            @Nullable String status,
            PageQuery page) {
        QueryText text = text(q);
        Set<DocumentType> wanted = types(types);
        String wantedStatus = status(status);
        List<UUID> visible = memberships.visibleProjects(caller);
        if (projectId != null && !visible.contains(projectId)) {
            throw new NotFound("There is no such project.");
        }
        SearchQuery query = new SearchQuery(
                text,
                wanted,
                projectId,
                wantedStatus,
                visible,
                caller,
                page.cursor() == null ? null : page.cursor().parts(),
                page.fetchSize());
        List<SearchHit> hits = engine.search(query);
        Page<SearchHit> found = Page.of(hits, page, hit -> Cursor.of(hit.sortKey()));
        Map<UUID, String> taskTitles = tasks.titles(found.items().stream()
                .filter(h -> h.type() == DocumentType.COMMENT)
                .map(SearchHit::taskId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<UUID, String> projectNames = new HashMap<>();
        return found.map(hit -> response(hit, taskTitles, projectNames));
    }

    private SearchHitResponse response(SearchHit hit, Map<UUID, String> taskTitles, Map<UUID, String> projectNames) {
        String projectName = hit.projectId() == null
                ? null
                : projectNames.computeIfAbsent(
                        hit.projectId(), id -> memberships.name(id).orElse(hit.projectName()));
        String title = hit.title();
        if (hit.type() == DocumentType.COMMENT) {
            String onTask = hit.taskId() == null ? null : taskTitles.get(hit.taskId());
            title = onTask != null ? onTask : projectName != null ? projectName : "";
        }
        return new SearchHitResponse(
                hit.type().wire(),
                hit.id(),
                title,
                hit.projectId(),
                projectName,
                hit.taskId(),
                hit.status(),
                hit.priority(),
                hit.due(),
                hit.highlights().stream()
                        .map(h -> new HighlightResponse(h.field(), h.snippet()))
                        .toList());
    }

    private static QueryText text(@Nullable String q) {
        if (q == null || q.isBlank()) {
            throw new InvalidInput(INVALID_QUERY, "'q' is required: the words to search for.");
        }
        if (q.length() > QueryText.MAX_LENGTH) {
            throw new InvalidInput(
                    INVALID_QUERY, "'q' must be at most " + QueryText.MAX_LENGTH + " characters (" + q.length() + ").");
        }
        QueryText text = QueryText.parse(q);
        if (text.isEmpty()) {
            throw new InvalidInput(INVALID_QUERY, "'q' has no word to search for (letters or digits).");
        }
        return text;
    }

    private static Set<DocumentType> types(@Nullable List<String> types) {
        if (types == null || types.isEmpty()) {
            return Set.of();
        }
        Set<DocumentType> wanted = EnumSet.noneOf(DocumentType.class);
        for (String type : types) {
            String name = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            wanted.add(DocumentType.fromWire(name)
                    .orElseThrow(() -> new InvalidInput(
                            "'types' may hold task, project, comment and event, not '" + abbreviated(type) + "'.")));
        }
        return wanted;
    }

    private static @Nullable String status(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String name = status.strip().toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(name)) {
            throw new InvalidInput("'status' must be open, pending, in_progress, completed or cancelled, not '"
                    + abbreviated(status) + "'.");
        }
        return name.toUpperCase(Locale.ROOT);
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
