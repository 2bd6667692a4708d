package dev.ordo.search.engine.opensearch;

import dev.ordo.search.engine.DocumentType;
import dev.ordo.search.engine.Highlight;
import dev.ordo.search.engine.SearchDocument;
import dev.ordo.search.engine.SearchHit;
import dev.ordo.search.engine.Snippets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * How a {@link SearchDocument} is stored in the index (the fields of {@code index.json}) and read back as a
 * {@link SearchHit}. A comment's text goes to its own field ({@value #COMMENT}), so it weighs less than a task's
 * description; it is shown as the {@link Highlight#BODY body} all the same. A deleted document leaves a tombstone
 * ({@value #DELETED} = true) that keeps its version, so an older write arriving late cannot bring it back.
 */
final class IndexedDocuments {

    static final String DOC_ID = "docId";
    static final String TYPE = "type";
    static final String PROJECT_ID = "projectId";
    static final String OWNER_ID = "ownerId";
    static final String TASK_ID = "taskId";
    static final String SECTION_ID = "sectionId";
    static final String TITLE = "title";
    static final String CONTEXT = "context";
    static final String BODY = "body";
    static final String COMMENT = "comment";
    static final String LABELS = "labels";
    static final String SECTION_NAME = "sectionName";
    static final String PROJECT_NAME = "projectName";
    static final String STATUS = "status";
    static final String OPEN = "open";
    static final String PRIORITY = "priority";
    static final String DUE = "due";
    static final String ASSIGNEE_ID = "assigneeId";
    static final String UPDATED_AT = "updatedAt";
    static final String VERSION = "version";
    static final String DELETED = "deleted";

    /** The longest body or comment snippet, about (as the PostgreSQL engine cuts it). */
    static final int BODY_SNIPPET = 200;

    /** What a hit shows: never the long texts. */
    static final List<String> SHOWN = List.of(
            DOC_ID, TYPE, PROJECT_ID, TASK_ID, TITLE, PROJECT_NAME, STATUS, PRIORITY, DUE, ASSIGNEE_ID, UPDATED_AT);

    private IndexedDocuments() {}

    /** The document's {@code _id}: its type and id, as ids are unique per type only. */
    static String id(DocumentType type, UUID id) {
        return type.wire() + ":" + id;
    }

    static String id(SearchDocument document) {
        return id(document.type(), document.id());
    }

    static Map<String, Object> source(SearchDocument document) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(DOC_ID, document.id().toString());
        source.put(TYPE, document.type().wire());
        putIfPresent(source, PROJECT_ID, document.projectId());
        putIfPresent(source, OWNER_ID, document.ownerId());
        putIfPresent(source, TASK_ID, document.taskId());
        putIfPresent(source, SECTION_ID, document.sectionId());
        source.put(TITLE, document.title());
        source.put(CONTEXT, document.context());
        source.put(document.type() == DocumentType.COMMENT ? COMMENT : BODY, document.body());
        source.put(LABELS, document.labels());
        putIfPresent(source, SECTION_NAME, document.sectionName());
        putIfPresent(source, PROJECT_NAME, document.projectName());
        putIfPresent(source, STATUS, document.status());
        source.put(OPEN, document.open() ? 1 : 0);
        putIfPresent(source, PRIORITY, document.priority());
        putIfPresent(source, DUE, document.due());
        putIfPresent(source, ASSIGNEE_ID, document.assigneeId());
        source.put(UPDATED_AT, document.updatedAt().toString());
        source.put(VERSION, document.version());
        source.put(DELETED, false);
        return source;
    }

    /**
     * What is left of a deleted document: its project and task (so deleting the project or the task's comments
     * removes the tombstone too) and the version it was deleted at.
     */
    static Map<String, Object> tombstone(
            DocumentType type, UUID id, long version, @Nullable Map<String, Object> previous, Instant now) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(DOC_ID, id.toString());
        source.put(TYPE, type.wire());
        if (previous != null) {
            for (String kept : List.of(PROJECT_ID, OWNER_ID, TASK_ID)) {
                putIfPresent(source, kept, previous.get(kept));
            }
        }
        source.put(OPEN, 0);
        source.put(UPDATED_AT, now.toString());
        source.put(VERSION, version);
        source.put(DELETED, true);
        return source;
    }

    static boolean isTombstone(Map<String, Object> source) {
        return Boolean.TRUE.equals(source.get(DELETED));
    }

    /** The filter that leaves tombstones out ({@code must_not}). */
    static Query tombstones() {
        return Query.of(q -> q.term(t -> t.field(DELETED).value(v -> v.booleanValue(true))));
    }

    /** The stored document with other names for its project or section: the context is made again from them. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> renamed(
            Map<String, Object> source, @Nullable String projectName, @Nullable String sectionName) {
        Map<String, Object> renamed = new LinkedHashMap<>(source);
        if (projectName != null) {
            renamed.put(PROJECT_NAME, Snippets.clean(projectName));
        }
        if (sectionName != null) {
            renamed.put(SECTION_NAME, Snippets.clean(sectionName));
        }
        List<String> parts = new ArrayList<>();
        if (renamed.get(LABELS) instanceof List<?> labels) {
            parts.addAll((List<String>) labels);
        }
        for (String name : List.of(SECTION_NAME, PROJECT_NAME)) {
            if (renamed.get(name) instanceof String value) {
                parts.add(value);
            }
        }
        renamed.put(CONTEXT, String.join(" ", parts));
        return renamed;
    }

    /** The stored comment, now in another project (its project name stays until its next event). */
    static Map<String, Object> moved(Map<String, Object> source, UUID projectId) {
        Map<String, Object> moved = new LinkedHashMap<>(source);
        moved.put(PROJECT_ID, projectId.toString());
        return moved;
    }

    static SearchHit hit(
            Map<String, Object> source, double score, Map<String, List<String>> highlights, List<String> sortKey) {
        return new SearchHit(
                DocumentType.fromWire(text(source, TYPE))
                        .orElseThrow(() -> new IllegalStateException("unknown type in index: " + source.get(TYPE))),
                UUID.fromString(text(source, DOC_ID)),
                uuid(source, PROJECT_ID),
                uuid(source, TASK_ID),
                source.get(TITLE) instanceof String title ? title : "",
                (String) source.get(PROJECT_NAME),
                (String) source.get(STATUS),
                (String) source.get(PRIORITY),
                source.get(DUE) instanceof String due ? LocalDate.parse(due) : null,
                uuid(source, ASSIGNEE_ID),
                Instant.parse(text(source, UPDATED_AT)),
                score,
                highlights(highlights),
                sortKey);
    }

    /**
     * Title first, then the context, then the body or comment text, cut to about {@value #BODY_SNIPPET} characters
     * around its first match ({@link Snippets#fragment}); only fields where a word was marked.
     */
    static List<Highlight> highlights(Map<String, List<String>> fragments) {
        List<Highlight> highlights = new ArrayList<>();
        add(highlights, Highlight.TITLE, fragments.get(TITLE), Integer.MAX_VALUE);
        add(highlights, Highlight.CONTEXT, fragments.get(CONTEXT), Integer.MAX_VALUE);
        List<String> body = fragments.get(BODY);
        add(highlights, Highlight.BODY, body != null && !body.isEmpty() ? body : fragments.get(COMMENT), BODY_SNIPPET);
        return List.copyOf(highlights);
    }

    private static void add(List<Highlight> highlights, String field, @Nullable List<String> fragments, int max) {
        if (fragments == null) {
            return;
        }
        fragments.stream()
                .filter(Snippets::marked)
                .findFirst()
                .ifPresent(marked ->
                        highlights.add(new Highlight(field, Snippets.render(Snippets.fragment(marked, max)))));
    }

    private static void putIfPresent(Map<String, Object> source, String field, @Nullable Object value) {
        if (value != null) {
            source.put(field, value instanceof String || value instanceof Number ? value : value.toString());
        }
    }

    private static String text(Map<String, Object> source, String field) {
        if (source.get(field) instanceof String value) {
            return value;
        }
        throw new IllegalStateException("no " + field + " in an indexed document");
    }

    private static @Nullable UUID uuid(Map<String, Object> source, String field) {
        return source.get(field) instanceof String value ? UUID.fromString(value) : null;
    }
}
