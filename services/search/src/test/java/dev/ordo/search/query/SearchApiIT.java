package dev.ordo.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.search.support.IntegrationTestBase;
import dev.ordo.search.support.Person;
import dev.ordo.testsupport.Api;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/search}: words, prefixes, phrases, typos, accents, filters, pages, highlights and refusals. */
class SearchApiIT extends IntegrationTestBase {

    private Person ada;
    private UUID home;

    @BeforeEach
    void adaAtHome() {
        ada = world.user("Ada");
        home = world.project(ada, "Home");
    }

    @Test
    void prefixes_typos_phrases_and_accents_find_what_was_meant() {
        TaskState groceries = world.task(home, ada, "Buy groceries for the weekend");
        TaskState meeting = world.task(home, ada, "Prepare the team meeting");
        TaskState cafe = world.task(home, ada, "Book the café by the river");
        awaitHits(ada, "river ", containsId(cafe.taskId()));

        assertThat(search(ada, "q", "gro").itemValues("id"))
                .contains(groceries.taskId().toString());
        assertThat(search(ada, "q", "grocerys ").itemValues("id"))
                .containsExactly(groceries.taskId().toString());
        assertThat(search(ada, "q", "meetnig ").itemValues("id"))
                .containsExactly(meeting.taskId().toString());
        assertThat(search(ada, "q", "cafe ").itemValues("id"))
                .containsExactly(cafe.taskId().toString());
        assertThat(search(ada, "q", "\"book the cafe\"").itemValues("id"))
                .containsExactly(cafe.taskId().toString());
        assertThat(search(ada, "q", "\"cafe book\"").itemValues("id")).isEmpty();
    }

    @Test
    void hits_carry_what_shows_them_and_escaped_highlights() {
        TaskState task = world.task(home, ada, "<img src=x onerror=alert(1)> Fix the boiler & radiator");
        Api.Response answer = awaitHits(ada, "boiler ", containsId(task.taskId()));

        JsonNode hit = answer.items().getFirst();
        assertThat(hit.get("type").asString()).isEqualTo("task");
        assertThat(hit.get("id").asString()).isEqualTo(task.taskId().toString());
        assertThat(hit.get("title").asString()).isEqualTo("<img src=x onerror=alert(1)> Fix the boiler & radiator");
        assertThat(hit.get("projectId").asString()).isEqualTo(home.toString());
        assertThat(hit.get("projectName").asString()).isEqualTo("Home");
        assertThat(hit.get("priority").asString()).isEqualTo("LOW");
        assertThat(hit.get("highlights").get(0).get("field").asString()).isEqualTo("title");
        assertThat(hit.get("highlights").get(0).get("snippet").asString())
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; Fix the <mark>boiler</mark> &amp; radiator");
        assertThat(answer.field("nextCursor")).isNull();
    }

    @Test
    void types_status_and_project_narrow_the_hits() {
        UUID work = world.project(ada, "Work");
        TaskState homeTask = world.task(home, ada, "Inventory the pantry");
        TaskState workTask = world.task(work, ada, "Inventory the laptops");
        UUID comment = world.comment(work, workTask.taskId(), ada, "inventory spreadsheet attached");
        awaitHits(ada, "inventory ", ids -> ids.size() == 3);

        assertThat(search(ada, "q", "inventory ", "types", "comment").itemValues("id"))
                .containsExactly(comment.toString());
        assertThat(search(ada, "q", "inventory ", "types", "task", "projectId", work.toString())
                        .itemValues("id"))
                .containsExactly(workTask.taskId().toString());
        assertThat(search(ada, "q", "inventory ", "status", "open").itemValues("id"))
                .containsExactlyInAnyOrder(
                        homeTask.taskId().toString(), workTask.taskId().toString());
        assertThat(search(ada, "q", "inventory ", "status", "pending").itemValues("id"))
                .containsExactlyInAnyOrder(
                        homeTask.taskId().toString(), workTask.taskId().toString());
        assertThat(search(ada, "q", "inventory ", "status", "in_progress").items())
                .isEmpty();
        assertThat(search(ada, "q", "inventory ", "status", "completed").items())
                .isEmpty();
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            created.add(
                    world.task(home, ada, "Label jar " + i + " of jam").taskId().toString());
        }
        awaitHits(ada, "jam ", ids -> ids.size() == 7);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = cursor == null
                    ? search(ada, "q", "jam ", "limit", "3")
                    : search(ada, "q", "jam ", "limit", "3", "cursor", cursor);
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            seen.addAll(page.itemValues("id"));
            cursor = page.field("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(created);
        assertThat(seen).isEqualTo(search(ada, "q", "jam ").itemValues("id"));
    }

    @Test
    void a_query_that_cannot_be_searched_is_a_400_problem() {
        assertProblem(search(ada), "invalid-search-query");
        assertProblem(search(ada, "q", ""), "invalid-search-query");
        assertProblem(search(ada, "q", "   "), "invalid-search-query");
        assertProblem(search(ada, "q", "\"\" ;!?"), "invalid-search-query");
        assertProblem(search(ada, "q", "a".repeat(501)), "invalid-search-query");
        assertProblem(search(ada, "q", "word ".repeat(2048)), "invalid-search-query");
    }

    @Test
    void unknown_types_or_statuses_bad_cursors_and_limits_are_400_problems() {
        assertProblem(search(ada, "q", "milk", "types", "task,recipe"), "invalid-input");
        assertProblem(search(ada, "q", "milk", "status", "done"), "invalid-input");
        assertProblem(search(ada, "q", "milk", "cursor", "not-a-cursor"), "invalid-cursor");
        assertProblem(search(ada, "q", "milk", "cursor", "YQ.Yg.Yw.ZA.ZQ"), "invalid-cursor");
        assertProblem(search(ada, "q", "milk", "limit", "0"), "invalid-input");
        assertProblem(search(ada, "q", "milk", "limit", "201"), "invalid-input");
        assertProblem(search(ada, "q", "milk", "projectId", "not-a-uuid"), "invalid-input");
    }

    @Test
    void searching_needs_a_token() {
        assertThat(api.get("/api/v1/search?q=milk", null).status()).isEqualTo(401);
    }

    private static void assertProblem(Api.Response answer, String problem) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(400);
        assertThat(answer.isProblem()).as("%s", answer).isTrue();
        assertThat(answer.problem()).as("%s", answer).isEqualTo(problem);
    }
}
