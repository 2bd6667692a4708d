package dev.ordo.search.engine.opensearch;

import static dev.ordo.search.engine.opensearch.OpenSearchCalls.call;
import static dev.ordo.search.engine.opensearch.OpenSearchCalls.documentClass;

import dev.ordo.search.engine.IndexWriter;
import dev.ordo.search.engine.SearchEngine;
import dev.ordo.search.engine.SearchHit;
import dev.ordo.search.engine.SearchQuery;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The {@link SearchEngine} on OpenSearch ({@code ordo.search.engine=opensearch}): one index per generation behind the
 * {@code ordo-search} alias (see {@link IndexGenerations}), documents as {@link IndexedDocuments} stores them,
 * queries as {@link SearchQueries} builds them, pages by {@code search_after} on {@link SortKeys}. Writes go to the
 * live alias; a rebuild's writes to the shadow one.
 */
public final class OpenSearchEngine implements SearchEngine, AutoCloseable {

    private final OpenSearchClient client;
    private final ScheduledExecutorService retiring;
    private final IndexGenerations generations;
    private final OpenSearchIndexWriter live;
    private final OpenSearchIndexWriter shadow;

    public OpenSearchEngine(OpenSearchClient client, OpenSearchProperties properties, Clock clock) {
        this.client = client;
        ScheduledThreadPoolExecutor retiring = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().daemon().name("opensearch-retire").factory());
        retiring.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.retiring = retiring;
        this.generations = new IndexGenerations(client, properties, clock, retiring);
        Refresh refresh = switch (properties.refresh()) {
            case NONE -> Refresh.False;
            case WAIT_FOR -> Refresh.WaitFor;
            case IMMEDIATE -> Refresh.True;
        };
        this.live = new OpenSearchIndexWriter(client, generations.live(), refresh, clock);
        // nobody searches the shadow while it fills: its writes never wait for a refresh (it has none scheduled)
        this.shadow = new OpenSearchIndexWriter(client, generations.shadow(), Refresh.False, clock);
    }

    /** Makes the live generation if the cluster has none (at start, before the first event is indexed). */
    public OpenSearchEngine start() {
        generations.ensureLive();
        return this;
    }

    /** Stops the pending drops of retired generations (the next start finds them again). */
    @Override
    public void close() {
        retiring.shutdownNow();
    }

    @Override
    public String name() {
        return "opensearch";
    }

    /** The live generation's alias. */
    public String alias() {
        return generations.live();
    }

    /** Whether the live generation was made from this service's analyzers and mappings (else: rebuild it). */
    public boolean liveDefinitionIsCurrent() {
        return generations.liveDefinitionIsCurrent();
    }

    /** Generations of this alias no alias is on any more: retired, waiting to be dropped. */
    public List<String> retiredIndices() {
        return generations.orphans();
    }

    /** The index behind the live alias, if there is exactly one (for health and the operator). */
    public Optional<String> liveIndex() {
        return generations.liveIndex();
    }

    /** The live index's settings as OpenSearch states them (JSON), for the operator. */
    public String liveSettings() {
        return generations.settings(generations.live());
    }

    /** Makes every write to the live generation searchable now (tests, and a replay's end). */
    public void refresh() {
        live.refresh();
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        List<FieldValue> after = SortKeys.after(query.after());
        if (query.text().isEmpty()) {
            return List.of();
        }
        SearchResponse<Map<String, Object>> response = call(() -> client.search(
                s -> {
                    s.index(generations.live())
                            .query(SearchQueries.query(query))
                            .highlight(SearchQueries.highlight(query.text()))
                            .sort(SortKeys.order())
                            .trackScores(true)
                            .trackTotalHits(t -> t.enabled(false))
                            .source(c -> c.filter(f -> f.includes(IndexedDocuments.SHOWN)))
                            .size(query.limit());
                    if (after != null) {
                        s.searchAfter(after);
                    }
                    return s;
                },
                documentClass()));
        return response.hits().hits().stream().map(OpenSearchEngine::hit).toList();
    }

    private static SearchHit hit(Hit<Map<String, Object>> hit) {
        List<String> key = SortKeys.key(hit.sort());
        return IndexedDocuments.hit(
                Objects.requireNonNull(hit.source()),
                hit.score() != null ? hit.score() : SortKeys.score(key),
                hit.highlight(),
                key);
    }

    // ---- writes to the live generation (SearchEngine's own writes go there)

    @Override
    public IndexWriter live() {
        return live;
    }

    // ---- rebuild: a shadow generation, then an alias swap

    @Override
    public IndexWriter beginRebuild() {
        generations.beginShadow();
        return shadow;
    }

    @Override
    public Optional<IndexWriter> rebuild() {
        return generations.shadowExists() ? Optional.of(shadow) : Optional.empty();
    }

    @Override
    public void completeRebuild() {
        generations.swap();
    }

    @Override
    public void abortRebuild() {
        generations.dropShadow();
    }
}
