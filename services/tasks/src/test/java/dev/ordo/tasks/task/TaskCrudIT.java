package dev.ordo.tasks.task;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TaskCrudIT extends IntegrationTestBase {

    TestUser ann;
    UUID work;

    @BeforeEach
    void setUp() {
        ann = world.user("Europe/Zurich");
        work = world.project(ann, "Work");
    }

    @Test
    void a_created_task_answers_201_with_its_location_etag_and_every_field() {
        Api.Response created = api.post(
                "/api/v1/tasks",
                ann.token(),
                body(
                        "projectId",
                        work,
                        "title",
                        "  Call Bob  ",
                        "description",
                        "**about** the offer",
                        "priority",
                        "HIGH",
                        "due",
                        Map.of("date", "2026-03-01"),
                        "deadline",
                        "2026-03-05",
                        "duration",
                        Map.of("amount", 30, "unit", "minute"),
                        "assigneeId",
                        ann.id(),
                        "labels",
                        List.of("phone", "Calls")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode task = created.json();
        assertThat(created.header("Location"))
                .contains("/api/v1/tasks/" + task.get("id").asString());
        assertThat(created.header("ETag")).contains("\"0\"");
        assertThat(task.get("title").asString()).isEqualTo("Call Bob");
        assertThat(task.get("description").asString()).isEqualTo("**about** the offer");
        assertThat(task.get("projectId").asString()).isEqualTo(work.toString());
        assertThat(task.get("status").asString()).isEqualTo("PENDING");
        assertThat(task.get("priority").asString()).isEqualTo("HIGH");
        assertThat(task.at("/due/date").asString()).isEqualTo("2026-03-01");
        assertThat(task.at("/due/datetime").isNull()).isTrue();
        assertThat(task.get("deadline").asString()).isEqualTo("2026-03-05");
        assertThat(task.at("/duration/amount").asInt()).isEqualTo(30);
        assertThat(task.at("/duration/unit").asString()).isEqualTo("minute");
        assertThat(task.get("assigneeId").asString()).isEqualTo(ann.id().toString());
        assertThat(task.get("labels")).extracting(JsonNode::asString).containsExactly("Calls", "phone");
        assertThat(task.get("createdBy").asString()).isEqualTo(ann.id().toString());
        assertThat(task.get("version").asLong()).isZero();
        assertThat(task.get("openSubtasks").asInt()).isZero();
        assertThat(task.get("completedAt").isNull()).isTrue();

        Api.Response read = api.get("/api/v1/tasks/" + task.get("id").asString(), ann.token());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(task);
        assertThat(read.header("ETag")).contains("\"0\"");
    }

    @Test
    void a_timed_due_is_stored_as_a_moment_with_its_zone_and_its_local_date() {
        JsonNode inMyZone = world.task(
                ann, body("projectId", work, "title", "Late call", "due", Map.of("datetime", "2026-03-01T23:30:00")));
        assertThat(inMyZone.at("/due/datetime").asString()).isEqualTo("2026-03-01T22:30:00Z");
        assertThat(inMyZone.at("/due/timezone").asString()).isEqualTo("Europe/Zurich");
        assertThat(inMyZone.at("/due/date").asString()).isEqualTo("2026-03-01");

        JsonNode elsewhere = world.task(
                ann,
                body(
                        "projectId",
                        work,
                        "title",
                        "Tokyo call",
                        "due",
                        Map.of("datetime", "2026-03-01T16:00:00Z", "timezone", "Asia/Tokyo")));
        assertThat(elsewhere.at("/due/date").asString()).isEqualTo("2026-03-02");
        assertThat(elsewhere.at("/due/timezone").asString()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void without_a_project_a_task_goes_to_my_inbox_and_without_a_known_inbox_the_answer_is_409() {
        Api.Response noInboxYet = api.post("/api/v1/tasks", ann.token(), body("title", "Somewhere"));
        assertThat(noInboxYet.status()).isEqualTo(409);
        assertThat(noInboxYet.contentType()).contains("application/problem+json");

        UUID inbox = world.inbox(ann);
        JsonNode task = world.task(ann, body("title", "Somewhere"));
        assertThat(task.get("projectId").asString()).isEqualTo(inbox.toString());
    }

    @Test
    void bad_input_is_a_400_problem_never_a_500() {
        String tooLong = "x".repeat(16 * 1024 + 1);
        List<Object> bad = List.of(
                body("projectId", work),
                body("projectId", work, "title", "   "),
                body("projectId", work, "title", "x".repeat(501)),
                body("projectId", work, "title", "t", "description", tooLong),
                body("projectId", work, "title", "t", "version", 3),
                body("projectId", work, "title", 5),
                body("projectId", "not-a-uuid", "title", "t"),
                body("projectId", work, "title", "t", "priority", "urgent"),
                body("projectId", work, "title", "t", "status", "DONE"),
                body("projectId", work, "title", "t", "due", Map.of()),
                body("projectId", work, "title", "t", "due", Map.of("date", "2026-02-30")),
                body("projectId", work, "title", "t", "due", Map.of("datetime", "tomorrow")),
                body(
                        "projectId",
                        work,
                        "title",
                        "t",
                        "due",
                        Map.of("datetime", "2026-03-01T10:00", "timezone", "Mars/Olympus")),
                body(
                        "projectId",
                        work,
                        "title",
                        "t",
                        "due",
                        Map.of("date", "2026-03-02", "datetime", "2026-03-01T10:00")),
                body("projectId", work, "title", "t", "due", Map.of("date", "2026-03-02", "hour", 3)),
                body("projectId", work, "title", "t", "duration", Map.of("amount", 0, "unit", "minute")),
                body("projectId", work, "title", "t", "duration", Map.of("amount", 10, "unit", "hour")),
                body("projectId", work, "title", "t", "labels", List.of("two words")),
                body("projectId", work, "title", "t", "labels", "phone"),
                body("projectId", work, "title", "t", "sectionId", UUID.randomUUID()),
                body("projectId", work, "title", "t", "parentId", UUID.randomUUID()),
                body("projectId", work, "title", "t", "assigneeId", UUID.randomUUID()),
                "{\"title\": ",
                "[]");
        for (Object body : bad) {
            Api.Response response = api.post("/api/v1/tasks", ann.token(), body);
            assertThat(response.status()).as("%s → %s", body, response).isEqualTo(400);
            assertThat(response.contentType()).contains("application/problem+json");
        }
    }

    @Test
    void a_patch_changes_only_what_it_names_and_null_clears_what_can_be_cleared() {
        JsonNode task = world.task(
                ann,
                body(
                        "projectId",
                        work,
                        "title",
                        "Draft",
                        "description",
                        "v1",
                        "due",
                        Map.of("date", "2026-03-01"),
                        "labels",
                        List.of("a")));
        String path = "/api/v1/tasks/" + task.get("id").asString();

        Api.Response changed = api.patch(
                path, ann.token(), body("title", "Final", "due", null, "labels", List.of("b"), "priority", "URGENT"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode after = changed.json();
        assertThat(after.get("title").asString()).isEqualTo("Final");
        assertThat(after.get("description").asString()).isEqualTo("v1");
        assertThat(after.get("due").isNull()).isTrue();
        assertThat(after.get("labels")).extracting(JsonNode::asString).containsExactly("b");
        assertThat(after.get("priority").asString()).isEqualTo("URGENT");
        assertThat(after.get("version").asLong()).isEqualTo(1);
        assertThat(changed.header("ETag")).contains("\"1\"");

        assertThat(api.patch(path, ann.token(), body("title", null)).status()).isEqualTo(400);
        assertThat(api.patch(path, ann.token(), body("projectId", UUID.randomUUID()))
                        .status())
                .isEqualTo(400);
        assertThat(api.patch(path, ann.token(), body("colour", "red")).status()).isEqualTo(400);
        assertThat(api.patch(path, ann.token(), body()).json().get("version").asLong())
                .isEqualTo(1);
    }

    @Test
    void completing_sets_completed_at_and_reopening_clears_it_while_subtasks_are_left_alone() {
        UUID parent = world.task(ann, work, "Parent");
        UUID child = world.subtask(ann, parent, "Child");
        assertThat(api.get("/api/v1/tasks/" + parent, ann.token())
                        .json()
                        .get("openSubtasks")
                        .asInt())
                .isEqualTo(1);

        JsonNode done = api.patch("/api/v1/tasks/" + parent, ann.token(), body("status", "COMPLETED"))
                .json();
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("completedAt").isNull()).isFalse();
        assertThat(api.get("/api/v1/tasks/" + child, ann.token())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PENDING");

        JsonNode reopened = api.patch("/api/v1/tasks/" + parent, ann.token(), body("status", "IN_PROGRESS"))
                .json();
        assertThat(reopened.get("completedAt").isNull()).isTrue();
    }

    @Test
    void deleting_a_task_deletes_its_subtasks() {
        UUID parent = world.task(ann, work, "Parent");
        UUID child = world.subtask(ann, parent, "Child");
        UUID grandchild = world.subtask(ann, child, "Grandchild");

        assertThat(api.delete("/api/v1/tasks/" + parent, ann.token()).status()).isEqualTo(204);

        for (UUID id : List.of(parent, child, grandchild)) {
            assertThat(api.get("/api/v1/tasks/" + id, ann.token()).status()).isEqualTo(404);
        }
        assertThat(api.delete("/api/v1/tasks/" + parent, ann.token()).status()).isEqualTo(404);
    }

    @Test
    void label_names_new_to_me_become_my_labels_matching_existing_ones_ignoring_case() {
        assertThat(api.post("/api/v1/labels", ann.token(), body("name", "Phone", "color", "red"))
                        .status())
                .isEqualTo(201);

        JsonNode task =
                world.task(ann, body("projectId", work, "title", "t", "labels", List.of("phone", "errand", "ERRAND")));

        assertThat(task.get("labels")).extracting(JsonNode::asString).containsExactly("errand", "Phone");
        JsonNode labels = api.get("/api/v1/labels", ann.token()).json().get("items");
        assertThat(labels).extracting(l -> l.get("name").asString()).containsExactly("errand", "Phone");
        assertThat(labels.get(0).get("color").asString()).isEqualTo("charcoal");
    }
}
