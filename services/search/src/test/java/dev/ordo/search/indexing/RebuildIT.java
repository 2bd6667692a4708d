package dev.ordo.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.platform.events.ReplayEndpoint;
import dev.ordo.search.support.IntegrationTestBase;
import dev.ordo.search.support.Person;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code ./ordo replay search}: the index rebuilt from the first event in a shadow generation, then swapped in. */
class RebuildIT extends IntegrationTestBase {

    @Autowired
    ReplayEndpoint replay;

    @Autowired
    Rebuilds rebuilds;

    @Test
    void a_replay_rebuilds_the_index_in_a_shadow_while_the_live_one_answers_then_swaps_it_in() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada, "Archive boxes");
        TaskState kept = world.task(project, ada, "Label the archive boxes");
        TaskState lost = world.task(project, ada, "Shred the archive duplicates");
        awaitHits(ada, "archive ", ids -> ids.size() == 3);
        // a document the live index lost (as after a bug or a restore): only a rebuild brings it back
        jdbc.sql("delete from search_document where id = :id")
                .param("id", lost.taskId())
                .update();
        assertThat(search(ada, "q", "duplicates ").items()).isEmpty();

        ReplayEndpoint.Replay result = replay.replay();

        assertThat(result.readModels()).contains("search-index", "memberships-replica");
        TaskState during = world.task(project, ada, "Archive written during the rebuild");
        await("the rebuild completes")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !rebuilds.underWay());
        awaitHits(ada, "duplicates ", containsId(lost.taskId()));
        awaitHits(
                ada,
                "archive ",
                ids -> ids.containsAll(List.of(
                        kept.taskId().toString(),
                        lost.taskId().toString(),
                        during.taskId().toString())));
        assertThat(jdbc.sql("select to_regclass('search_document_shadow') is null")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void an_aborted_rebuild_leaves_the_live_index_serving() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada, "Abort");
        TaskState task = world.task(project, ada, "Kept through an aborted zither rebuild");
        awaitHits(ada, "zither ", containsId(task.taskId()));

        rebuilds.begin();
        assertThat(rebuilds.underWay()).isTrue();
        rebuilds.abort();

        assertThat(rebuilds.underWay()).isFalse();
        assertThat(search(ada, "q", "zither ").itemValues("id"))
                .containsExactly(task.taskId().toString());
    }
}
