package dev.ordo.search.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.platform.events.ReplayEndpoint;
import dev.ordo.search.engine.SearchEngine;
import dev.ordo.search.indexing.Rebuilds;
import dev.ordo.search.support.IntegrationTestBase;
import dev.ordo.search.support.Person;
import dev.ordo.testsupport.Api;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on the OpenSearch engine ({@code ordo.search.engine=opensearch}), events in and the API out,
 * against the node {@link OpenSearchNode} runs. A database of its own, so nothing it does (a rebuild's state, the
 * scheduler's tasks) meets the PostgreSQL-engine context sharing the JVM.
 */
@TestPropertySource(
        properties = {
            "ordo.test.database=search_on_opensearch",
            "ordo.search.engine=opensearch",
            "ordo.search.opensearch.alias=ordo-search-service",
            "ordo.search.opensearch.replicas=0",
            "ordo.search.opensearch.retire-after=1s"
        })
class OpenSearchServiceIT extends IntegrationTestBase {

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) {
        registry.add(
                "ordo.search.opensearch.uris", () -> OpenSearchNode.get().uri().toString());
    }

    @Autowired
    SearchEngine engine;

    @Autowired
    OpenSearchClient client;

    @Autowired
    ReplayEndpoint replay;

    @Autowired
    Rebuilds rebuilds;

    private Person ada;
    private UUID orchard;

    @BeforeEach
    void adaAndHerOrchard() {
        ada = world.user("Ada");
        orchard = world.project(ada, "Orchard");
    }

    @Test
    void the_engine_is_opensearch_and_the_project_is_indexed() {
        assertThat(engine.name()).isEqualTo("opensearch");
        assertThat(((OpenSearchEngine) engine).liveIndex()).isPresent();

        awaitHits(ada, "orchard ", containsId(orchard));
    }

    @Test
    void a_task_is_found_by_a_word_a_typo_and_a_prefix_with_escaped_highlights() {
        TaskState task = world.task(orchard, ada, "Prune the <quince> trees");

        Api.Response hits = awaitHits(ada, "quince ", containsId(task.taskId()));
        JsonNode highlight = hits.items().getFirst().get("highlights").get(0);
        assertThat(highlight.get("field").asString()).isEqualTo("title");
        assertThat(highlight.get("snippet").asString()).isEqualTo("Prune the &lt;<mark>quince</mark>&gt; trees");
        awaitHits(ada, "qunice ", containsId(task.taskId()));
        awaitHits(ada, "qui", containsId(task.taskId()));
    }

    @Test
    void a_stranger_never_sees_a_task_and_a_removed_member_stops_seeing_it() {
        Person bob = world.user("Bob");
        Person eve = world.user("Eve");
        world.join(orchard, bob, ProjectEvents.MEMBER);
        TaskState task = world.task(orchard, ada, "Graft the medlar");
        awaitHits(bob, "medlar ", containsId(task.taskId()));
        assertThat(search(eve, "q", "medlar ").items()).isEmpty();

        world.leave(orchard, bob);

        assertThat(search(bob, "q", "medlar ").items()).isEmpty();
    }

    @Test
    void a_deleted_task_leaves_with_its_comments_and_a_renamed_project_is_found_by_its_new_name() {
        TaskState pear = world.task(orchard, ada, "Pick the pears");
        UUID comment = world.comment(orchard, pear.taskId(), ada, "The pears are ripe");
        TaskState plum = world.task(orchard, ada, "Stake the plum tree");
        awaitHits(ada, "pears ", ids -> ids.containsAll(List.of(pear.taskId().toString(), comment.toString())));

        world.deleted(pear, ada);
        world.renameProject(orchard, ada, "Walled fruit garden", "");

        awaitHits(ada, "pears ", List::isEmpty);
        awaitHits(ada, "walled plum", containsId(plum.taskId()));
    }

    @Test
    void a_replay_rebuilds_the_index_in_a_new_generation_and_swaps_the_alias() throws Exception {
        TaskState kept = world.task(orchard, ada, "Net the cherry tree");
        TaskState lost = world.task(orchard, ada, "Sweep the cherry stones");
        awaitHits(ada, "cherry ", ids -> ids.size() == 2);
        // a document the live index lost (as after a bug or a restore): only a rebuild brings it back
        client.delete(d -> d.index("ordo-search-service").id("task:" + lost.taskId()));
        client.indices().refresh(r -> r.index("ordo-search-service"));
        assertThat(search(ada, "q", "stones ").items()).isEmpty();
        String before = ((OpenSearchEngine) engine).liveIndex().orElseThrow();

        replay.replay();
        TaskState during = world.task(orchard, ada, "Cherry jam during the rebuild");
        await("the rebuild completes")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !rebuilds.underWay());

        awaitHits(ada, "stones ", containsId(lost.taskId()));
        awaitHits(
                ada,
                "cherry ",
                ids -> ids.containsAll(List.of(
                        kept.taskId().toString(),
                        lost.taskId().toString(),
                        during.taskId().toString())));
        assertThat(((OpenSearchEngine) engine).liveIndex())
                .hasValueSatisfying(index -> assertThat(index).isNotEqualTo(before));
        assertThat(engine.rebuild()).isEmpty();
    }
}
