package dev.ordo.search.engine.opensearch;

import static dev.ordo.search.engine.opensearch.IndexedDocuments.DOC_ID;
import static dev.ordo.search.engine.opensearch.IndexedDocuments.TYPE;
import static dev.ordo.search.engine.opensearch.OpenSearchCalls.CONFLICT;
import static dev.ordo.search.engine.opensearch.OpenSearchCalls.applied;
import static dev.ordo.search.engine.opensearch.OpenSearchCalls.call;
import static dev.ordo.search.engine.opensearch.OpenSearchCalls.documentClass;

import dev.ordo.search.engine.DocumentType;
import dev.ordo.search.engine.IndexWriter;
import dev.ordo.search.engine.SearchDocument;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.Result;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.DeleteByQueryResponse;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.IndexRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Writes to one generation through its alias ({@code require_alias}, so a missing alias never auto-creates an index
 * with guessed mappings). Versions are OpenSearch's external versions: a write applies only above the version the
 * index holds, so a replayed or late event changes nothing; a deletion leaves a tombstone at its version. Renames and
 * moves rewrite the affected documents keeping their versions ({@code external_gte}; an unversioned one only if it
 * has not changed since it was read).
 */
final class OpenSearchIndexWriter implements IndexWriter {

    private static final int PAGE = 500;
    private static final int REWRITE_ATTEMPTS = 5;

    private final OpenSearchClient client;
    private final String alias;
    private final Refresh refresh;
    private final Clock clock;

    OpenSearchIndexWriter(OpenSearchClient client, String alias, Refresh refresh, Clock clock) {
        this.client = client;
        this.alias = alias;
        this.refresh = refresh;
        this.clock = clock;
    }

    String alias() {
        return alias;
    }

    @Override
    public boolean upsert(SearchDocument document) {
        return write(IndexedDocuments.id(document), IndexedDocuments.source(document), document.version());
    }

    @Override
    public boolean delete(DocumentType type, UUID id, long version) {
        String docId = IndexedDocuments.id(type, id);
        Map<String, Object> previous = get(docId);
        boolean live = previous != null && !IndexedDocuments.isTombstone(previous);
        if (version == 0) {
            // unversioned: nothing to remember, as the next write applies whatever its version
            return live
                    && applied(() -> client.delete(d -> d.index(alias).id(docId).refresh(refresh)))
                            .filter(response -> response.result() == Result.Deleted)
                            .isPresent();
        }
        boolean written =
                write(docId, IndexedDocuments.tombstone(type, id, version, previous, clock.instant()), version);
        return written && live;
    }

    @Override
    public void deleteProject(UUID projectId) {
        deleteWhere(SearchQueries.term(IndexedDocuments.PROJECT_ID, projectId.toString()));
    }

    @Override
    public void deleteTaskComments(UUID taskId) {
        deleteWhere(Query.of(q -> q.bool(b -> b.filter(
                SearchQueries.term(TYPE, DocumentType.COMMENT.wire()),
                SearchQueries.term(IndexedDocuments.TASK_ID, taskId.toString())))));
    }

    @Override
    public void moveTaskComments(UUID taskId, UUID projectId) {
        rewrite(
                Query.of(q -> q.bool(b -> b.filter(
                        SearchQueries.term(TYPE, DocumentType.COMMENT.wire()),
                        SearchQueries.term(IndexedDocuments.TASK_ID, taskId.toString())))),
                source -> IndexedDocuments.moved(source, projectId));
    }

    @Override
    public void renameProject(UUID projectId, String name) {
        rewrite(
                SearchQueries.term(IndexedDocuments.PROJECT_ID, projectId.toString()),
                source -> IndexedDocuments.renamed(source, name, null));
    }

    @Override
    public void renameSection(UUID sectionId, String name) {
        rewrite(
                SearchQueries.term(IndexedDocuments.SECTION_ID, sectionId.toString()),
                source -> IndexedDocuments.renamed(source, null, name));
    }

    /** Makes every write so far searchable. */
    void refresh() {
        call(() -> client.indices().refresh(r -> r.index(alias)));
    }

    private boolean write(String docId, Map<String, Object> source, long version) {
        IndexRequest.Builder<Map<String, Object>> request = new IndexRequest.Builder<Map<String, Object>>()
                .index(alias)
                .id(docId)
                .document(source)
                .requireAlias(true)
                .refresh(refresh);
        if (version > 0) {
            request.version(version).versionType(VersionType.External);
        }
        return applied(() -> client.index(request.build())).isPresent();
    }

    /**
     * Deletes by query only sees what a refresh made searchable, so it refreshes first: a comment written a moment
     * before its task's deletion goes too. A document rewritten meanwhile (a rename) is a version conflict the
     * delete skips; it is deleted again until none is left.
     */
    private void deleteWhere(Query query) {
        for (int attempt = 0; attempt < REWRITE_ATTEMPTS; attempt++) {
            refresh();
            DeleteByQueryResponse response = call(() -> client.deleteByQuery(d -> d.index(alias)
                    .query(query)
                    .conflicts(Conflicts.Proceed)
                    .refresh(refresh == Refresh.False ? Refresh.False : Refresh.True)));
            if (!response.failures().isEmpty()) {
                throw new IllegalStateException("deleting by query in " + alias + " failed: "
                        + response.failures().getFirst().cause().reason());
            }
            if (response.versionConflicts() == null || response.versionConflicts() == 0) {
                return;
            }
        }
        throw new IllegalStateException("deleting by query in " + alias + " kept conflicting with other writes");
    }

    /** Changes the matching live documents, page by page, each at the version it has. */
    private void rewrite(Query which, UnaryOperator<Map<String, Object>> change) {
        refresh();
        Query live = Query.of(q -> q.bool(b -> b.filter(which).mustNot(IndexedDocuments.tombstones())));
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Map<String, Object>> page = call(() -> client.search(
                    s -> {
                        s.index(alias)
                                .query(live)
                                .size(PAGE)
                                .seqNoPrimaryTerm(true)
                                .sort(
                                        SortOptions.of(o ->
                                                o.field(f -> f.field(DOC_ID).order(SortOrder.Asc))),
                                        SortOptions.of(
                                                o -> o.field(f -> f.field(TYPE).order(SortOrder.Asc))));
                        if (from != null) {
                            s.searchAfter(from);
                        }
                        return s;
                    },
                    documentClass()));
            List<Hit<Map<String, Object>>> hits = page.hits().hits();
            List<BulkOperation> operations = new ArrayList<>();
            for (Hit<Map<String, Object>> hit : hits) {
                Map<String, Object> source = Objects.requireNonNull(hit.source());
                Map<String, Object> changed = change.apply(source);
                if (!changed.equals(source)) {
                    operations.add(rewriteOf(hit.id(), changed, hit.seqNo(), hit.primaryTerm()));
                }
            }
            if (!operations.isEmpty()) {
                BulkResponse response =
                        call(() -> client.bulk(b -> b.operations(operations).refresh(refresh)));
                for (BulkResponseItem item : response.items()) {
                    if (item.status() == CONFLICT) {
                        rewriteAgain(item.id(), change);
                    } else if (item.error() != null) {
                        throw new IllegalStateException("rewriting " + item.id() + " failed: "
                                + item.error().reason());
                    }
                }
            }
            if (hits.size() < PAGE) {
                return;
            }
            after = hits.getLast().sort();
        }
    }

    /** A document written or deleted meanwhile: read it again and change that, if it is still there. */
    private void rewriteAgain(String docId, UnaryOperator<Map<String, Object>> change) {
        for (int attempt = 0; attempt < REWRITE_ATTEMPTS; attempt++) {
            GetResponse<Map<String, Object>> current =
                    call(() -> client.get(g -> g.index(alias).id(docId), documentClass()));
            Map<String, Object> source = current.source();
            if (!current.found() || source == null || IndexedDocuments.isTombstone(source)) {
                return;
            }
            Map<String, Object> changed = change.apply(source);
            if (changed.equals(source)) {
                return;
            }
            BulkResponse response = call(() ->
                    client.bulk(b -> b.operations(rewriteOf(docId, changed, current.seqNo(), current.primaryTerm()))
                            .refresh(refresh)));
            BulkResponseItem item = response.items().getFirst();
            if (item.status() != CONFLICT) {
                if (item.error() != null) {
                    throw new IllegalStateException(
                            "rewriting " + docId + " failed: " + item.error().reason());
                }
                return;
            }
        }
        throw new IllegalStateException("rewriting " + docId + " kept conflicting with other writes");
    }

    /** Same version for a versioned document; for an unversioned one, only if nothing wrote it since it was read. */
    private BulkOperation rewriteOf(
            String docId, Map<String, Object> changed, @Nullable Long seqNo, @Nullable Long primaryTerm) {
        long version = changed.get(IndexedDocuments.VERSION) instanceof Number n ? n.longValue() : 0;
        return BulkOperation.of(o -> o.index(i -> {
            i.index(alias).id(docId).document(changed).requireAlias(true);
            if (version > 0) {
                i.version(version).versionType(VersionType.ExternalGte);
            } else {
                i.ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm);
            }
            return i;
        }));
    }

    private @Nullable Map<String, Object> get(String docId) {
        GetResponse<Map<String, Object>> response =
                call(() -> client.get(g -> g.index(alias).id(docId), documentClass()));
        return response.found() ? response.source() : null;
    }
}
