package dev.ordo.tasks.task;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubtaskAndMoveIT extends IntegrationTestBase {

    TestUser ann;
    UUID work;
    UUID home;

    @BeforeEach
    void setUp() {
        ann = world.user();
        work = world.project(ann, "Work");
        home = world.project(ann, "Home");
    }

    @Test
    void subtasks_nest_four_levels_deep_and_no_deeper() {
        UUID level0 = world.task(ann, work, "0");
        UUID level1 = world.subtask(ann, level0, "1");
        UUID level2 = world.subtask(ann, level1, "2");
        UUID level3 = world.subtask(ann, level2, "3");

        Api.Response tooDeep = api.post("/api/v1/tasks", ann.token(), body("parentId", level3, "title", "4"));

        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.field("detail")).contains("4 levels");
        JsonNode subtask = api.get("/api/v1/tasks/" + level3, ann.token()).json();
        assertThat(subtask.get("parentId").asString()).isEqualTo(level2.toString());
        assertThat(subtask.get("projectId").asString()).isEqualTo(work.toString());
    }

    @Test
    void a_subtask_stays_in_its_parents_project_and_section() {
        UUID calls = UUID.fromString(api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "Calls"))
                .id());
        UUID parent = UUID.fromString(world.task(ann, body("projectId", work, "sectionId", calls, "title", "P"))
                .get("id")
                .asString());

        JsonNode child = world.task(ann, body("parentId", parent, "title", "C"));
        assertThat(child.get("sectionId").asString()).isEqualTo(calls.toString());

        assertThat(api.post("/api/v1/tasks", ann.token(), body("parentId", parent, "projectId", home, "title", "x"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/tasks",
                                ann.token(),
                                body(
                                        "parentId",
                                        parent,
                                        "projectId",
                                        work,
                                        "sectionId",
                                        UUID.randomUUID(),
                                        "title",
                                        "x"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void moving_a_task_to_another_project_takes_its_subtasks_along() {
        UUID parent = world.task(ann, work, "Parent");
        UUID child = world.subtask(ann, parent, "Child");
        UUID grandchild = world.subtask(ann, child, "Grandchild");

        Api.Response moved = api.post("/api/v1/tasks/" + parent + "/move", ann.token(), body("projectId", home));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("projectId").asString()).isEqualTo(home.toString());
        assertThat(moved.json().get("version").asLong()).isEqualTo(1);
        for (UUID id : new UUID[] {child, grandchild}) {
            JsonNode task = api.get("/api/v1/tasks/" + id, ann.token()).json();
            assertThat(task.get("projectId").asString()).isEqualTo(home.toString());
        }
        assertThat(api.get("/api/v1/tasks/" + grandchild, ann.token())
                        .json()
                        .get("parentId")
                        .asString())
                .isEqualTo(child.toString());
    }

    @Test
    void moving_under_another_task_keeps_the_depth_limit_and_refuses_cycles() {
        UUID a = world.task(ann, work, "A");
        UUID a1 = world.subtask(ann, a, "A1");
        UUID b = world.task(ann, work, "B");
        UUID b1 = world.subtask(ann, b, "B1");
        UUID b2 = world.subtask(ann, b1, "B2");

        assertThat(api.post("/api/v1/tasks/" + a + "/move", ann.token(), body("parentId", b2))
                        .status())
                .as("A (2 levels) under B2 (level 2) would reach level 4")
                .isEqualTo(400);
        assertThat(api.post("/api/v1/tasks/" + a + "/move", ann.token(), body("parentId", a1))
                        .status())
                .as("under its own subtask")
                .isEqualTo(400);
        assertThat(api.post("/api/v1/tasks/" + a + "/move", ann.token(), body("parentId", a))
                        .status())
                .as("under itself")
                .isEqualTo(400);

        Api.Response underB1 = api.post("/api/v1/tasks/" + a + "/move", ann.token(), body("parentId", b1));
        assertThat(underB1.status()).as(underB1.toString()).isEqualTo(200);
        assertThat(underB1.json().get("parentId").asString()).isEqualTo(b1.toString());
        assertThat(api.get("/api/v1/tasks/" + b1, ann.token())
                        .json()
                        .get("openSubtasks")
                        .asInt())
                .isEqualTo(2);
        assertThat(api.post("/api/v1/tasks", ann.token(), body("parentId", a1, "title", "too deep"))
                        .status())
                .isEqualTo(400);

        Api.Response backToTop = api.post("/api/v1/tasks/" + a + "/move", ann.token(), body("parentId", null));
        assertThat(backToTop.json().get("parentId").isNull()).isTrue();
        assertThat(api.post("/api/v1/tasks", ann.token(), body("parentId", a1, "title", "fits again"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void moving_needs_the_right_to_write_both_projects() {
        TestUser bo = world.user();
        UUID bosProject = world.project(bo, "Bo's");
        world.join(bosProject, ann, "viewer");
        UUID task = world.task(ann, work, "Mine");
        UUID strangers = world.project(world.user(), "Strangers'");

        assertThat(api.post("/api/v1/tasks/" + task + "/move", ann.token(), body("projectId", bosProject))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/tasks/" + task + "/move", ann.token(), body("projectId", strangers))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tasks/" + task, ann.token())
                        .json()
                        .get("projectId")
                        .asString())
                .isEqualTo(work.toString());
    }

    @Test
    void an_assignee_who_is_no_member_of_the_destination_is_taken_off() {
        TestUser cy = world.memberOf(work, "member");
        UUID task = UUID.fromString(world.task(ann, body("projectId", work, "title", "T", "assigneeId", cy.id()))
                .get("id")
                .asString());

        JsonNode moved = api.post("/api/v1/tasks/" + task + "/move", ann.token(), body("projectId", home))
                .json();

        assertThat(moved.get("assigneeId").isNull()).isTrue();
    }
}
