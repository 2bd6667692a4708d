package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Recurring tasks through the gateway: close twice, reopen, a retried close, the completed list, bad input. */
class RecurringTasksJourneyIT {

    private static Api api;
    private static Users users;

    @BeforeAll
    static void system() {
        api = new Api(OrdoSystem.get().gatewayUrl());
        users = new Users(api);
    }

    @Test
    void a_recurring_task_closed_twice_moves_on_twice_is_listed_twice_and_reopens_where_it_was() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        // 2026-12-01 is a Tuesday
        Api.Response created = awaitCreated(
                ada,
                Map.of(
                        "title",
                        "Pay rent",
                        "due",
                        Map.of("date", "2026-12-01", "recurrence", "FREQ=WEEKLY;BYDAY=TU,FR")));
        String task = created.json().get("id").asString();
        assertThat(created.json().at("/due/isRecurring").asBoolean()).isTrue();

        Api.Response first = close(ada, task, "close-1-" + task);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().at("/due/date").asString()).isEqualTo("2026-12-04");
        Api.Response retried = close(ada, task, "close-1-" + task);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().at("/due/date").asString())
                .as("a retried close never skips an occurrence")
                .isEqualTo("2026-12-04");
        Api.Response second = close(ada, task, "close-2-" + task);
        assertThat(second.json().at("/due/date").asString()).isEqualTo("2026-12-08");
        assertThat(second.json().get("status").asString()).isEqualTo("PENDING");

        assertThat(occurrences(ada, task)).containsExactly("2026-12-04", "2026-12-01");

        Api.Response reopened =
                api.send("POST", "/api/v1/tasks/" + task + "/reopen", null, ada.accessToken(), Map.of());
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().at("/due/date").asString()).isEqualTo("2026-12-04");
        assertThat(occurrences(ada, task)).containsExactly("2026-12-01");

        Users.SignedIn eve = users.registerAndSignIn("eve");
        assertThat(api.send("POST", "/api/v1/tasks/" + task + "/close", null, eve.accessToken(), Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_due_in_words_recurs_and_quick_add_keeps_an_unknown_project_in_the_title() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Api.Response created =
                awaitCreated(ada, Map.of("title", "Team sync", "due", Map.of("string", "every other monday at 9am")));
        JsonNode due = created.json().get("due");
        assertThat(due.get("recurrence").asString()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO");
        assertThat(due.get("string").asString()).isEqualTo("every other monday at 9am");

        Api.Response quick = api.post(
                "/api/v1/tasks/quick", Map.of("text", "Water the roses every! 3 days #Garden"), ada.accessToken());
        assertThat(quick.status()).as(quick.body()).isEqualTo(201);
        assertThat(quick.json().get("title").asString()).isEqualTo("Water the roses #Garden");
        assertThat(quick.json().at("/due/fromCompletion").asBoolean()).isTrue();
    }

    @Test
    void bad_recurrences_and_ranges_are_a_400_problem() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        awaitCreated(ada, Map.of("title", "Warm up"));
        for (Object due : List.of(
                Map.of("date", "2026-12-01", "recurrence", "FREQ=SOMETIMES"),
                Map.of("date", "2026-12-01", "recurrence", "FREQ=DAILY;UNTIL=20261101"),
                Map.of("date", "2026-12-01", "recurrence", "FREQ=DAILY;COUNT=10000"),
                Map.of("string", "every blue moon"),
                Map.of("string", "every 3 hours for 10000 times"))) {
            Api.Response response = api.post("/api/v1/tasks", Map.of("title", "Bad", "due", due), ada.accessToken());
            assertThat(response.status()).as(due + " → " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        for (String query : List.of("since=2026-12-10&until=2026-12-01", "since=soon", "until=2026-02-30")) {
            Api.Response response = api.get("/api/v1/tasks/completed?" + query, ada.accessToken());
            assertThat(response.status()).as(query + " → " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    private static Api.Response close(Users.SignedIn user, String task, String key) {
        return api.send(
                "POST", "/api/v1/tasks/" + task + "/close", null, user.accessToken(), Map.of("Idempotency-Key", key));
    }

    /** The occurrences of the task in my completed list, newest first. */
    private static List<String> occurrences(Users.SignedIn user, String task) {
        Api.Response list = api.get("/api/v1/tasks/completed?since=2000-01-01&limit=200", user.accessToken());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> occurrences = new ArrayList<>();
        list.json().get("items").forEach(item -> {
            if (item.get("taskId").asString().equals(task)) {
                occurrences.add(item.get("occurrence").asString());
            }
        });
        return occurrences;
    }

    /** Creates a task, waiting for the first time until tasks has replicated the caller's Inbox. */
    private static Api.Response awaitCreated(Users.SignedIn user, Map<String, ?> body) {
        Api.Response[] created = new Api.Response[1];
        await("tasks knows the projects of " + user.email())
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    created[0] = api.post("/api/v1/tasks", body, user.accessToken());
                    assertThat(created[0].status()).as(created[0].body()).isEqualTo(201);
                });
        return created[0];
    }
}
