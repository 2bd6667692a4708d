package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Search through the gateway, fed only by the other services' events: a task is found by a typo and by the start
 * of a word as it is typed, and by its description; a stranger never sees it; a member removed from the project
 * stops finding its things; a comment's text finds the task it is on; and what cannot be searched is a 400
 * problem.
 */
class SearchJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static Api api;
    private static Users users;

    @BeforeAll
    static void system() {
        api = new Api(OrdoSystem.get().gatewayUrl());
        users = new Users(api);
    }

    @Test
    void a_task_is_found_by_a_typo_a_prefix_and_its_description_but_never_by_a_stranger() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn eve = users.registerAndSignIn("eve");
        String project = api.post("/api/v1/projects", Map.of("name", "Kitchen"), ada.accessToken())
                .json()
                .get("id")
                .asString();
        String task = api.awaitCreated(
                        "/api/v1/tasks",
                        Map.of("title", "Buy groceries", "projectId", project, "description", "Oat milk and espresso"),
                        ada.accessToken())
                .json()
                .get("id")
                .asString();

        JsonNode hit = awaitHit(ada, "grocerys ", ids -> ids.contains(task)).getFirst();
        assertThat(hit.get("type").asString()).isEqualTo("task");
        assertThat(hit.get("title").asString()).isEqualTo("Buy groceries");
        assertThat(hit.get("projectId").asString()).isEqualTo(project);
        assertThat(hit.get("projectName").asString()).isEqualTo("Kitchen");
        assertThat(hit.get("highlights").get(0).get("snippet").asString()).isEqualTo("Buy <mark>groceries</mark>");
        assertThat(ids(search(ada, "gro"))).contains(task);
        assertThat(ids(search(ada, "espresso "))).contains(task);

        assertThat(ids(search(eve, "groceries "))).isEmpty();
        assertThat(ids(search(eve, "gro"))).doesNotContain(task);
        assertThat(api.get("/api/v1/search?q=groceries&projectId=" + project, eve.accessToken())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_removed_member_stops_finding_the_projects_tasks_and_a_comment_finds_its_task() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn bo = users.registerAndSignIn("bo");
        String project = users.shareProject(ada, bo, "member", "Household");
        String task = api.awaitCreated(
                        "/api/v1/tasks", Map.of("title", "Fix the boiler", "projectId", project), ada.accessToken())
                .json()
                .get("id")
                .asString();
        String comment = api.awaitCreated(
                        "/api/v1/comments",
                        Map.of("taskId", task, "text", "The plumber comes on Thursday"),
                        bo.accessToken())
                .json()
                .get("id")
                .asString();

        JsonNode found = awaitHit(ada, "plumber ", ids -> ids.contains(comment)).getFirst();
        assertThat(found.get("type").asString()).isEqualTo("comment");
        assertThat(found.get("taskId").asString()).isEqualTo(task);
        assertThat(found.get("title").asString()).isEqualTo("Fix the boiler");
        assertThat(found.get("highlights").get(0).get("snippet").asString())
                .isEqualTo("The <mark>plumber</mark> comes on Thursday");
        awaitHit(bo, "boiler ", ids -> ids.contains(task));

        Api.Response removed = api.delete("/api/v1/projects/" + project + "/members/" + bo.id(), ada.accessToken());
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);

        awaitHit(bo, "boiler ", List::isEmpty);
        assertThat(ids(search(bo, "plumber "))).isEmpty();
        assertThat(ids(search(ada, "boiler "))).contains(task);
    }

    @Test
    void a_deleted_task_disappears_from_the_results() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        String project = api.post("/api/v1/projects", Map.of("name", "Garage"), ada.accessToken())
                .json()
                .get("id")
                .asString();
        String task = api.awaitCreated(
                        "/api/v1/tasks", Map.of("title", "Sell the kayak", "projectId", project), ada.accessToken())
                .json()
                .get("id")
                .asString();
        awaitHit(ada, "kayak ", ids -> ids.contains(task));

        assertThat(api.delete("/api/v1/tasks/" + task, ada.accessToken()).status())
                .isEqualTo(204);

        awaitHit(ada, "kayak ", List::isEmpty);
    }

    @Test
    void what_cannot_be_searched_is_a_400_problem() {
        Users.SignedIn ada = users.registerAndSignIn("ada");

        assertProblem(api.get("/api/v1/search", ada.accessToken()), "invalid-search-query");
        assertProblem(api.get("/api/v1/search?q=", ada.accessToken()), "invalid-search-query");
        assertProblem(
                api.get("/api/v1/search?q=" + encode("lorem ipsum ".repeat(900)), ada.accessToken()),
                "invalid-search-query");
        assertProblem(api.get("/api/v1/search?q=milk&types=recipe", ada.accessToken()), "invalid-input");
        assertProblem(api.get("/api/v1/search?q=milk&status=someday", ada.accessToken()), "invalid-input");
        assertProblem(api.get("/api/v1/search?q=milk&cursor=forged", ada.accessToken()), "invalid-cursor");
        assertThat(api.get("/api/v1/search?q=milk", null).status()).isEqualTo(401);
    }

    private static Api.Response search(Users.SignedIn who, String q) {
        return api.get("/api/v1/search?q=" + encode(q), who.accessToken());
    }

    private static List<JsonNode> awaitHit(Users.SignedIn who, String q, Predicate<List<String>> condition) {
        List<JsonNode> hits = new ArrayList<>();
        await("search of '" + q + "'")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Api.Response answer = search(who, q);
                    if (answer.status() != 200) {
                        return false;
                    }
                    hits.clear();
                    answer.json().get("items").forEach(hits::add);
                    return condition.test(
                            hits.stream().map(h -> h.get("id").asString()).toList());
                });
        return hits;
    }

    private static List<String> ids(Api.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static void assertProblem(Api.Response answer, String problem) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).endsWith("/" + problem);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
