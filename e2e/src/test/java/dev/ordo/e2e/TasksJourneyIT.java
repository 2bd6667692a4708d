package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A day's work in tasks, through the gateway, with access decided by the membership tasks replicates. */
class TasksJourneyIT {

    private static Api api;
    private static Users users;

    @BeforeAll
    static void system() {
        api = new Api(OrdoSystem.get().gatewayUrl());
        users = new Users(api);
    }

    @Test
    void a_task_goes_to_my_inbox_and_quick_add_understands_a_whole_line() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Api.Response created = awaitCreated(ada, Map.of("title", "Buy milk"));
        String inbox = created.json().get("projectId").asString();
        assertThat(project(ada, inbox).get("inbox").asBoolean()).isTrue();

        String work = api.post("/api/v1/projects", Map.of("name", "Work"), ada.accessToken())
                .json()
                .get("id")
                .asString();
        awaitWritable(ada, work);
        Api.Response preview = api.post(
                "/api/v1/tasks/quick/preview",
                Map.of("text", "Call Bob tomorrow 5pm p1 #Work @phone"),
                ada.accessToken());
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        Api.Response quick = api.post(
                "/api/v1/tasks/quick", Map.of("text", "Call Bob tomorrow 5pm p1 #Work @phone"), ada.accessToken());
        assertThat(quick.status()).as(quick.body()).isEqualTo(201);
        JsonNode task = quick.json();
        assertThat(task.get("title").asString()).isEqualTo("Call Bob");
        assertThat(task.get("priority").asString()).isEqualTo("URGENT");
        assertThat(task.get("projectId").asString()).isEqualTo(work);
        assertThat(task.get("labels").toString()).contains("phone");

        Api.Response filtered = api.get("/api/v1/tasks?filter=" + encode("#Work & p1"), ada.accessToken());
        assertThat(filtered.status()).as(filtered.body()).isEqualTo(200);
        assertThat(ids(filtered)).containsExactly(task.get("id").asString());
        Api.Response badFilter = api.get("/api/v1/tasks?filter=" + encode("p1 & (today"), ada.accessToken());
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_viewer_reads_but_cannot_write_and_a_stranger_sees_nothing() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn vic = users.registerAndSignIn("vic");
        Users.SignedIn eve = users.registerAndSignIn("eve");
        String project = shareProject(ada, vic, "viewer");
        String task = awaitCreated(ada, Map.of("title", "Plan", "projectId", project))
                .json()
                .get("id")
                .asString();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get("/api/v1/tasks/" + task, vic.accessToken())
                                .status())
                        .isEqualTo(200));
        assertThat(api.patch("/api/v1/tasks/" + task, Map.of("title", "Mine"), vic.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/tasks", Map.of("title", "Sneak", "projectId", project), vic.accessToken())
                        .status())
                .isEqualTo(403);

        assertThat(api.get("/api/v1/tasks/" + task, eve.accessToken()).status()).isEqualTo(404);
        assertThat(api.patch("/api/v1/tasks/" + task, Map.of("title", "Mine"), eve.accessToken())
                        .status())
                .isEqualTo(404);
        Api.Response list = api.get("/api/v1/tasks?projectId=" + project, eve.accessToken());
        assertThat(list.status()).isIn(200, 404);
        if (list.status() == 200) {
            assertThat(ids(list)).isEmpty();
        }
    }

    @Test
    void only_a_member_can_be_assigned() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn bob = users.registerAndSignIn("bob");
        Users.SignedIn eve = users.registerAndSignIn("eve");
        String project = shareProject(ada, bob, "member");
        String task = awaitCreated(ada, Map.of("title", "Paint", "projectId", project))
                .json()
                .get("id")
                .asString();
        await("bob's membership reached tasks")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get("/api/v1/tasks/" + task, bob.accessToken())
                                .status())
                        .isEqualTo(200));

        Api.Response stranger =
                api.patch("/api/v1/tasks/" + task, Map.of("assigneeId", eve.id().toString()), ada.accessToken());
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(400);
        Api.Response member =
                api.patch("/api/v1/tasks/" + task, Map.of("assigneeId", bob.id().toString()), ada.accessToken());
        assertThat(member.status()).as(member.body()).isEqualTo(200);
        assertThat(member.json().get("assigneeId").asString())
                .isEqualTo(bob.id().toString());
    }

    @Test
    void moving_a_task_takes_its_subtasks_along() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        String home = api.post("/api/v1/projects", Map.of("name", "Home"), ada.accessToken())
                .json()
                .get("id")
                .asString();
        String garden = api.post("/api/v1/projects", Map.of("name", "Garden"), ada.accessToken())
                .json()
                .get("id")
                .asString();
        awaitWritable(ada, home);
        awaitWritable(ada, garden);
        String parent = awaitCreated(ada, Map.of("title", "Fence", "projectId", home))
                .json()
                .get("id")
                .asString();
        String child = api.post(
                        "/api/v1/tasks",
                        Map.of("title", "Buy posts", "projectId", home, "parentId", parent),
                        ada.accessToken())
                .json()
                .get("id")
                .asString();

        Api.Response moved =
                api.post("/api/v1/tasks/" + parent + "/move", Map.of("projectId", garden), ada.accessToken());
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode sub = api.get("/api/v1/tasks/" + child, ada.accessToken()).json();
        assertThat(sub.get("projectId").asString()).isEqualTo(garden);
        assertThat(sub.get("parentId").asString()).isEqualTo(parent);
    }

    @Test
    void a_stale_version_is_refused_and_a_repeated_create_is_not_a_duplicate() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Api.Response created = awaitCreated(ada, Map.of("title", "Draft"));
        String task = created.json().get("id").asString();
        String etag = created.header("ETag");
        assertThat(etag).isNotBlank();

        assertThat(api.send(
                                "PATCH",
                                "/api/v1/tasks/" + task,
                                Map.of("title", "First"),
                                ada.accessToken(),
                                Map.of("If-Match", etag))
                        .status())
                .isEqualTo(200);
        Api.Response stale = api.send(
                "PATCH",
                "/api/v1/tasks/" + task,
                Map.of("title", "Second"),
                ada.accessToken(),
                Map.of("If-Match", etag));
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);

        Map<String, String> key = Map.of("Idempotency-Key", "e2e-" + task);
        Api.Response first = api.send("POST", "/api/v1/tasks", Map.of("title", "Once"), ada.accessToken(), key);
        Api.Response again = api.send("POST", "/api/v1/tasks", Map.of("title", "Once"), ada.accessToken(), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(api.send("POST", "/api/v1/tasks", Map.of("title", "Other"), ada.accessToken(), key)
                        .status())
                .isEqualTo(422);
    }

    @Test
    void a_priority_rule_of_the_project_raises_a_task_that_is_due_soon() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        String project = api.post("/api/v1/projects", Map.of("name", "Ops"), ada.accessToken())
                .json()
                .get("id")
                .asString();
        awaitWritable(ada, project);
        Api.Response rule = api.post(
                "/api/v1/projects/" + project + "/priority-rules",
                Map.of("name", "Due soon is urgent", "when", "due before: +24h", "then", Map.of("priority", "URGENT")),
                ada.accessToken());
        assertThat(rule.status())
                .as("routed to tasks, not projects: " + rule.body())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/projects/" + project + "/priority-rules", ada.accessToken())
                        .status())
                .isEqualTo(200);

        String soon = java.time.Instant.now()
                .plus(Duration.ofHours(2))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        Api.Response task = api.post(
                "/api/v1/tasks",
                Map.of(
                        "title",
                        "Renew certificate",
                        "projectId",
                        project,
                        "due",
                        Map.of("datetime", soon, "timezone", "Europe/Berlin")),
                ada.accessToken());
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        assertThat(task.json().get("priority").asString()).isEqualTo("URGENT");
        Api.Response later = api.post(
                "/api/v1/tasks",
                Map.of(
                        "title",
                        "Plan next year",
                        "projectId",
                        project,
                        "due",
                        Map.of("date", java.time.LocalDate.now().plusDays(30).toString())),
                ada.accessToken());
        assertThat(later.json().get("priority").asString()).isEqualTo("LOW");
    }

    @Test
    void bad_task_input_is_a_400_problem() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        awaitCreated(ada, Map.of("title", "Warm up"));
        Map<String, Object> badDue = new HashMap<>(Map.of("title", "Due", "due", Map.of("date", "tomorrow-ish")));
        for (Object body : List.of(
                Map.of("title", ""),
                Map.of("title", "x".repeat(501)),
                Map.of("title", "P", "priority", "SUPER"),
                Map.of("title", "S", "status", "DONE"),
                badDue,
                Map.of("title", "Z", "due", Map.of("datetime", "2026-12-01T10:00:00Z", "timezone", "Mars/Base")),
                "{\"title\": ",
                "{\"title\": 42}")) {
            Api.Response response = api.post("/api/v1/tasks", body, ada.accessToken());
            assertThat(response.status()).as(body + " → " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/tasks?sort=sideways", ada.accessToken()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/tasks?limit=500", ada.accessToken()).status())
                .isEqualTo(400);
    }

    /** Creates a task, waiting for the first time until tasks has replicated the caller's projects. */
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

    private static void awaitWritable(Users.SignedIn user, String project) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(
                        () -> assertThat(api.get("/api/v1/tasks?projectId=" + project + "&limit=1", user.accessToken())
                                        .status())
                                .isEqualTo(200));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(api.get("/api/v1/sections?projectId=" + project, user.accessToken())
                                .status())
                        .isEqualTo(200));
    }

    private static String shareProject(Users.SignedIn owner, Users.SignedIn guest, String role) {
        String project = users.shareProject(owner, guest, role, "Shared");
        awaitWritable(owner, project);
        return project;
    }

    private static JsonNode project(Users.SignedIn user, String id) {
        return api.get("/api/v1/projects/" + id, user.accessToken()).json();
    }

    private static List<String> ids(Api.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String encode(String query) {
        return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }
}
