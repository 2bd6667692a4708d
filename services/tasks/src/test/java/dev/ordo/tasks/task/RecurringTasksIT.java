package dev.ordo.tasks.task;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.Topics;
import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Recurring tasks on real PostgreSQL and Kafka: close, reopen, the completed list, events, bad input. */
class RecurringTasksIT extends IntegrationTestBase {

    static final String BERLIN = "Europe/Berlin";

    TestUser ann;
    UUID work;

    @BeforeEach
    void setUp() {
        ann = world.user(BERLIN);
        work = world.project(ann, "Work");
    }

    String recurring(String title, Map<String, ?> due) {
        Api.Response created =
                api.post("/api/v1/tasks", ann.token(), body("projectId", work, "title", title, "due", due));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    Api.Response close(String id) {
        return api.post("/api/v1/tasks/" + id + "/close", ann.token());
    }

    List<JsonNode> completionsOf(TestUser user, String taskId) {
        return api.get("/api/v1/tasks/completed?since=2000-01-01&limit=200", user.token()).items().stream()
                .filter(c -> c.get("taskId").asString().equals(taskId))
                .toList();
    }

    @Test
    void closing_a_recurring_task_twice_records_two_completions_and_moves_it_on_and_reopen_goes_back() {
        // 2026-12-01 is a Tuesday
        String id = recurring(
                "Weekly report",
                body("datetime", "2026-12-01T09:00:00", "timezone", BERLIN, "recurrence", "FREQ=WEEKLY;BYDAY=TU"));

        JsonNode first = close(id).json();
        assertThat(first.get("status").asString()).isEqualTo("PENDING");
        assertThat(first.at("/due/date").asString()).isEqualTo("2026-12-08");
        assertThat(first.at("/due/datetime").asString()).isEqualTo("2026-12-08T08:00:00Z");
        assertThat(first.at("/due/isRecurring").asBoolean()).isTrue();
        assertThat(first.at("/due/recurrence").asString()).isEqualTo("FREQ=WEEKLY;BYDAY=TU");
        JsonNode second = close(id).json();
        assertThat(second.at("/due/date").asString()).isEqualTo("2026-12-15");
        assertThat(second.get("completedAt").isNull()).isTrue();

        List<JsonNode> completions = completionsOf(ann, id);
        assertThat(completions)
                .extracting(c -> c.get("occurrence").asString())
                .containsExactly("2026-12-08", "2026-12-01");
        assertThat(completions).allSatisfy(c -> {
            assertThat(c.get("recurring").asBoolean()).isTrue();
            assertThat(c.get("title").asString()).isEqualTo("Weekly report");
            assertThat(c.get("projectId").asString()).isEqualTo(work.toString());
        });
        assertThat(completions.getLast().get("occurrenceAt").asString()).isEqualTo("2026-12-01T08:00:00Z");

        JsonNode reopened =
                api.post("/api/v1/tasks/" + id + "/reopen", ann.token()).json();
        assertThat(reopened.at("/due/date").asString()).isEqualTo("2026-12-08");
        assertThat(reopened.at("/due/datetime").asString()).isEqualTo("2026-12-08T08:00:00Z");
        assertThat(completionsOf(ann, id))
                .extracting(c -> c.get("occurrence").asString())
                .containsExactly("2026-12-01");

        try (TopicProbe topic = new TopicProbe(broker.getBrokersAsString(), Topics.TASKS_TASK)) {
            List<JsonNode> events = topic.awaitEventsOf(id, "task.reopened");
            assertThat(events)
                    .extracting(e -> e.get("type").asString())
                    .containsExactly("task.created", "task.completed", "task.completed", "task.reopened");
            JsonNode completed = events.get(1).get("data");
            assertThat(completed.get("occurrence").asString()).isEqualTo("2026-12-01");
            assertThat(completed.get("occurrenceAt").asString()).isEqualTo("2026-12-01T08:00:00Z");
            assertThat(completed.get("recurring").asBoolean()).isTrue();
            assertThat(completed.at("/task/dueDate").asString()).isEqualTo("2026-12-08");
            assertThat(completed.at("/task/status").asString()).isEqualTo("PENDING");
            assertThat(completed.at("/task/recurrence").asString())
                    .isEqualTo("DTSTART;TZID=Europe/Berlin:20261201T090000\nRRULE:FREQ=WEEKLY;BYDAY=TU");
            assertThat(events.get(3).at("/data/occurrence").asString()).isEqualTo("2026-12-08");
            assertThat(events.get(3).at("/data/task/dueDate").asString()).isEqualTo("2026-12-08");
        }
    }

    @Test
    void a_retried_close_with_the_same_key_never_skips_two_occurrences() {
        String id = recurring("Daily", body("date", "2026-12-01", "recurrence", "FREQ=DAILY"));
        Map<String, String> key = Map.of("Idempotency-Key", "close-" + UUID.randomUUID());

        Api.Response first = api.send("POST", "/api/v1/tasks/" + id + "/close", ann.token(), null, key);
        Api.Response retry = api.send("POST", "/api/v1/tasks/" + id + "/close", ann.token(), null, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(api.get("/api/v1/tasks/" + id, ann.token())
                        .json()
                        .at("/due/date")
                        .asString())
                .isEqualTo("2026-12-02");
        assertThat(completionsOf(ann, id)).hasSize(1);

        Map<String, String> reopenKey = Map.of("Idempotency-Key", "reopen-" + UUID.randomUUID());
        api.send("POST", "/api/v1/tasks/" + id + "/reopen", ann.token(), null, reopenKey);
        api.send("POST", "/api/v1/tasks/" + id + "/reopen", ann.token(), null, reopenKey);
        assertThat(api.get("/api/v1/tasks/" + id, ann.token())
                        .json()
                        .at("/due/date")
                        .asString())
                .isEqualTo("2026-12-01");
    }

    @Test
    void past_the_last_occurrence_a_recurring_task_completes() {
        String id = recurring("Twice", body("date", "2026-12-01", "recurrence", "FREQ=DAILY;COUNT=2"));
        assertThat(close(id).json().at("/due/date").asString()).isEqualTo("2026-12-02");
        JsonNode done = close(id).json();
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.at("/due/date").asString()).isEqualTo("2026-12-02");
        assertThat(completionsOf(ann, id))
                .extracting(c -> c.get("occurrence").asString())
                .containsExactly("2026-12-02", "2026-12-01");

        JsonNode reopened =
                api.post("/api/v1/tasks/" + id + "/reopen", ann.token()).json();
        assertThat(reopened.get("status").asString()).isEqualTo("PENDING");
        assertThat(reopened.at("/due/date").asString()).isEqualTo("2026-12-02");
    }

    @Test
    void every_bang_counts_from_the_day_of_completion() {
        String id = recurring(
                "Water plants",
                body("date", "2026-01-05", "recurrence", "FREQ=DAILY;INTERVAL=3", "fromCompletion", true));
        LocalDate before = LocalDate.now(ZoneId.of(BERLIN));
        JsonNode closed = close(id).json();
        LocalDate after = LocalDate.now(ZoneId.of(BERLIN));
        assertThat(closed.at("/due/fromCompletion").asBoolean()).isTrue();
        assertThat(closed.at("/due/date").asString())
                .isIn(before.plusDays(3).toString(), after.plusDays(3).toString());
    }

    @Test
    void a_due_in_words_is_parsed_and_kept() {
        Api.Response created = api.post(
                "/api/v1/tasks",
                ann.token(),
                body("projectId", work, "title", "Team sync", "due", body("string", "every other monday at 9am")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode due = created.json().get("due");
        assertThat(due.get("string").asString()).isEqualTo("every other monday at 9am");
        assertThat(due.get("isRecurring").asBoolean()).isTrue();
        assertThat(due.get("recurrence").asString()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO");
        assertThat(due.get("timezone").asString()).isEqualTo(BERLIN);
        assertThat(LocalDate.parse(due.get("date").asString()).getDayOfWeek().name())
                .isEqualTo("MONDAY");

        JsonNode patched = api.patch(
                        "/api/v1/tasks/" + created.id(), ann.token(), body("due", body("string", "tomorrow")))
                .json();
        assertThat(patched.at("/due/isRecurring").asBoolean()).isFalse();
        assertThat(patched.at("/due/string").asString()).isEqualTo("tomorrow");
        assertThat(patched.at("/due/recurrence").isNull()).isTrue();
    }

    @Test
    void closing_a_task_that_does_not_recur_completes_it_with_its_open_subtasks_and_reopen_undoes_it() {
        String parent = world.task(ann, body("projectId", work, "title", "Move house"))
                .get("id")
                .asString();
        UUID child = world.subtask(ann, UUID.fromString(parent), "Pack");
        UUID other = world.subtask(ann, UUID.fromString(parent), "Clean");
        api.patch("/api/v1/tasks/" + other, ann.token(), body("status", "CANCELLED"));

        JsonNode closed = close(parent).json();
        assertThat(closed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(closed.get("openSubtasks").asInt()).isZero();
        assertThat(api.get("/api/v1/tasks/" + child, ann.token())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("COMPLETED");
        assertThat(api.get("/api/v1/tasks/" + other, ann.token())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CANCELLED");
        assertThat(close(parent).json().get("version").asLong())
                .isEqualTo(closed.get("version").asLong());
        assertThat(completionsOf(ann, parent)).hasSize(1);
        assertThat(completionsOf(ann, parent).getFirst().get("recurring").asBoolean())
                .isFalse();
        assertThat(completionsOf(ann, parent).getFirst().get("occurrence").isNull())
                .isTrue();

        JsonNode reopened =
                api.post("/api/v1/tasks/" + parent + "/reopen", ann.token()).json();
        assertThat(reopened.get("status").asString()).isEqualTo("PENDING");
        assertThat(reopened.get("completedAt").isNull()).isTrue();
        assertThat(completionsOf(ann, parent)).isEmpty();
    }

    @Test
    void closing_a_recurring_task_reopens_its_completed_subtasks() {
        String id = recurring("Groceries", body("date", "2026-12-01", "recurrence", "FREQ=WEEKLY"));
        UUID milk = world.subtask(ann, UUID.fromString(id), "Milk");
        api.patch("/api/v1/tasks/" + milk, ann.token(), body("status", "COMPLETED"));

        JsonNode closed = close(id).json();
        assertThat(closed.at("/due/date").asString()).isEqualTo("2026-12-08");
        assertThat(closed.get("openSubtasks").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/tasks/" + milk, ann.token())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PENDING");
    }

    @Test
    void a_completion_through_patch_is_listed_and_reopening_through_patch_forgets_it() {
        UUID id = world.task(ann, work, "Patchy");
        api.patch("/api/v1/tasks/" + id, ann.token(), body("status", "COMPLETED"));
        assertThat(completionsOf(ann, id.toString())).hasSize(1);
        api.patch("/api/v1/tasks/" + id, ann.token(), body("status", "PENDING"));
        assertThat(completionsOf(ann, id.toString())).isEmpty();
    }

    @Test
    void only_members_see_completions_and_may_close() {
        String id = recurring("Secret", body("date", "2026-12-01", "recurrence", "FREQ=DAILY"));
        TestUser stranger = world.user();
        TestUser viewer = world.memberOf(work, "viewer");
        assertThat(close(id).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/tasks/" + id + "/close", stranger.token()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/tasks/" + id + "/reopen", stranger.token()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/tasks/" + id + "/close", viewer.token()).status())
                .isEqualTo(403);
        assertThat(completionsOf(stranger, id)).isEmpty();
        assertThat(completionsOf(viewer, id)).hasSize(1);
    }

    @Test
    void the_completed_list_pages_newest_first_within_its_range() {
        String id = recurring("Paged", body("date", "2026-12-01", "recurrence", "FREQ=DAILY"));
        for (int i = 0; i < 3; i++) {
            close(id);
        }
        String today = LocalDate.now(ZoneId.of(BERLIN)).toString();
        Api.Response page1 =
                api.get("/api/v1/tasks/completed?since=" + today + "&until=" + today + "&limit=2", ann.token());
        assertThat(page1.items())
                .extracting(c -> c.get("occurrence").asString())
                .containsExactly("2026-12-03", "2026-12-02");
        Api.Response page2 = api.get(
                "/api/v1/tasks/completed?since=" + today + "&until=" + today + "&limit=2&cursor="
                        + page1.field("nextCursor"),
                ann.token());
        assertThat(page2.items())
                .extracting(c -> c.get("occurrence").asString())
                .containsExactly("2026-12-01");
        assertThat(page2.json().get("nextCursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/tasks/completed?until=2000-01-01", ann.token())
                        .items())
                .isEmpty();
    }

    @Test
    void bad_input_is_a_400_problem() {
        assertProblem(
                api.post(
                        "/api/v1/tasks",
                        ann.token(),
                        body("title", "x", "due", body("date", "2026-12-01", "recurrence", "FREQ=BOGUS"))),
                "invalid-recurrence");
        assertProblem(
                api.post(
                        "/api/v1/tasks",
                        ann.token(),
                        body("title", "x", "due", body("date", "2026-12-01", "recurrence", "FREQ=DAILY;COUNT=10000"))),
                "too-many-occurrences");
        assertProblem(
                api.post(
                        "/api/v1/tasks",
                        ann.token(),
                        body(
                                "title",
                                "x",
                                "due",
                                body("date", "2026-12-01", "recurrence", "FREQ=DAILY;UNTIL=20261101"))),
                "invalid-recurrence");
        assertProblem(
                api.post("/api/v1/tasks", ann.token(), body("title", "x", "due", body("string", "every blah"))),
                "invalid-due-string");
        assertProblem(
                api.post(
                        "/api/v1/tasks",
                        ann.token(),
                        body("title", "x", "due", body("string", "every day until 2020-01-01"))),
                "invalid-recurrence");
        assertProblem(
                api.post(
                        "/api/v1/tasks",
                        ann.token(),
                        body("title", "x", "due", body("string", "every day", "date", "2026-12-01"))),
                "invalid-input");
        assertProblem(
                api.post(
                        "/api/v1/tasks",
                        ann.token(),
                        body("title", "x", "due", body("date", "2026-12-01", "fromCompletion", true))),
                "invalid-input");
        assertProblem(
                api.get("/api/v1/tasks/completed?since=2026-12-10&until=2026-12-01", ann.token()), "invalid-input");
        assertProblem(api.get("/api/v1/tasks/completed?since=yesterday", ann.token()), "invalid-input");
        assertProblem(api.get("/api/v1/tasks/completed?until=2026-13-45", ann.token()), "invalid-input");
        assertProblem(api.get("/api/v1/tasks/completed?cursor=nonsense", ann.token()), "invalid-cursor");
        String id = recurring("Ok", body("date", "2026-12-01", "recurrence", "FREQ=DAILY"));
        assertProblem(
                api.patch(
                        "/api/v1/tasks/" + id,
                        ann.token(),
                        body("due", body("date", "2026-12-01", "recurrence", "FREQ=MINUTELY"))),
                "invalid-recurrence");
    }

    private static void assertProblem(Api.Response response, String name) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.problem()).isEqualTo(name);
    }
}
