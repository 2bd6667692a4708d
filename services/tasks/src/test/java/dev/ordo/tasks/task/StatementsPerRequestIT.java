package dev.ordo.tasks.task;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.StatementCounter;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How many database round trips (statements and commits) a create and a list cost: an upper bound for
 * each, so that the hot paths cannot silently grow statements again. Counts, never times.
 */
class StatementsPerRequestIT extends IntegrationTestBase {

    TestUser ann;
    UUID project;

    @BeforeEach
    void setUp() {
        ann = world.user("Europe/Berlin");
        world.inbox(ann);
        project = world.project(ann);
    }

    @Test
    void a_create_in_a_project_is_an_access_check_an_insert_the_event_and_the_commit() {
        // the access check (with the members), the task, the event (its aggregate version and its row), commit
        List<String> seen = counted(() -> api.post(
                "/api/v1/tasks", ann.token(), body("projectId", project, "title", "counted", "priority", "HIGH")));

        assertThat(seen).as("statements of a create: %s", seen).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void a_create_in_my_inbox_with_labels_costs_the_same_plus_a_look_at_the_labels() {
        // the Inbox comes with the access check; the labels are looked up together and go in with the task
        api.post(
                "/api/v1/tasks",
                ann.token(),
                body("projectId", project, "title", "makes the labels", "labels", List.of("a", "b", "c")));

        List<String> seen = counted(() ->
                api.post("/api/v1/tasks", ann.token(), body("title", "counted", "labels", List.of("a", "b", "c"))));

        assertThat(seen).as("statements of a create: %s", seen).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void a_create_with_an_idempotency_key_adds_the_claim_and_the_stored_answer() {
        // the claim (its lock timeout set and reset in the same statement) and the stored answer
        List<String> seen = counted(() -> api.post(
                "/api/v1/tasks",
                ann.token(),
                body("projectId", project, "title", "counted"),
                Map.of("Idempotency-Key", "k-" + UUID.randomUUID())));

        assertThat(seen).as("statements of a create: %s", seen).hasSizeLessThanOrEqualTo(7);
    }

    @Test
    void a_page_of_a_project_is_the_access_check_and_one_query() {
        for (int i = 0; i < 5; i++) {
            world.task(ann, body("projectId", project, "title", "t" + i, "labels", List.of("x", "y")));
        }
        api.get("/api/v1/tasks?projectId=" + project, ann.token()); // the time zone is cached from now on

        List<String> seen = counted(() -> api.get("/api/v1/tasks?projectId=" + project, ann.token()));

        assertThat(seen).as("statements of a list: %s", seen).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void a_page_of_all_my_tasks_is_one_query() {
        for (int i = 0; i < 5; i++) {
            world.task(ann, body("projectId", project, "title", "t" + i, "labels", List.of("x")));
        }
        api.get("/api/v1/tasks", ann.token());

        List<String> seen = counted(() -> api.get("/api/v1/tasks", ann.token()));

        assertThat(seen).as("statements of a list: %s", seen).hasSizeLessThanOrEqualTo(2);
    }

    private static List<String> counted(Supplier<Api.Response> request) {
        StatementCounter.reset();
        Api.Response response = request.get();
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        List<String> seen = StatementCounter.seen();
        System.out.println("STATEMENTS " + seen.size() + ": "
                + String.join(
                        " | ", seen.stream().map(s -> s.replaceAll("\\s+", " ")).toList()));
        return seen;
    }
}
