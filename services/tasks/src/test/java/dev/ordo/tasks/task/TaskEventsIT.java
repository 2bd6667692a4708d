package dev.ordo.tasks.task;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.Topics;
import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.TopicProbe;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What consumers see: every change of a task, in order, keyed by task id, with the caller as actor. */
class TaskEventsIT extends IntegrationTestBase {

    @Test
    void a_tasks_story_is_told_in_order_on_its_topic() {
        TestUser ann = world.user();
        UUID work = world.project(ann, "Work");
        UUID home = world.project(ann, "Home");
        TestUser bo = world.memberOf(work, "member");
        world.join(home, bo, "member");
        String task = world.task(
                        ann,
                        body(
                                "projectId",
                                work,
                                "title",
                                "Story",
                                "labels",
                                List.of("fresh-" + UUID.randomUUID().toString().substring(0, 6))))
                .get("id")
                .asString();
        String path = "/api/v1/tasks/" + task;

        api.patch(path, ann.token(), body("title", "Story 2", "description", "more", "status", "IN_PROGRESS"));
        api.patch(path, ann.token(), body("priority", "URGENT"));
        api.patch(path, ann.token(), body("assigneeId", bo.id()));
        api.patch(path, ann.token(), body("status", "COMPLETED"));
        api.patch(path, ann.token(), body("status", "PENDING"));
        api.patch(path, ann.token(), body("status", "CANCELLED"));
        api.post(path + "/move", ann.token(), body("projectId", home));
        api.delete(path, bo.token());

        try (TopicProbe topic = new TopicProbe(broker.getBrokersAsString(), Topics.TASKS_TASK)) {
            List<JsonNode> events = topic.awaitEventsOf(task, "task.deleted");
            assertThat(events)
                    .extracting(e -> e.get("type").asString())
                    .containsExactly(
                            "task.created",
                            "task.updated",
                            "task.priority-changed",
                            "task.assigned",
                            "task.completed",
                            "task.reopened",
                            "task.cancelled",
                            "task.moved",
                            "task.deleted");
            assertThat(events)
                    .allSatisfy(e -> assertThat(e.get("subject").asString()).isEqualTo(task));
            assertThat(events)
                    .allSatisfy(e -> assertThat(e.get("source").asString()).isEqualTo("ordo/tasks"));
            assertThat(events.getLast().get("actor").asString())
                    .isEqualTo(bo.id().toString());
            assertThat(events.getFirst().get("actor").asString())
                    .isEqualTo(ann.id().toString());
            assertThat(events.get(1).at("/data/changedFields"))
                    .extracting(JsonNode::asString)
                    .containsExactly("title", "description", "status");
            assertThat(events.get(1).at("/data/task/description").asString())
                    .as("the description travels with the task, for search")
                    .isEqualTo("more");
            assertThat(events.get(2).at("/data/previousPriority").asString()).isEqualTo("LOW");
            assertThat(events.get(2).at("/data/ruleId").isNull()).isTrue();
            assertThat(events.get(3).at("/data/reason").asString()).isEqualTo("assigned");
            assertThat(events.get(4).at("/data/task/completedAt").isNull()).isFalse();
            assertThat(events.get(7).at("/data/fromProjectId").asString()).isEqualTo(work.toString());
            assertThat(events.get(7).at("/data/task/projectId").asString()).isEqualTo(home.toString());
            assertThat(events.get(8).at("/data/reason").asString()).isEqualTo("deleted");
            assertThat(events.subList(0, 8))
                    .extracting(e -> e.at("/data/task/version").asLong())
                    .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        }
    }

    @Test
    void sections_and_labels_have_topics_of_their_own() {
        TestUser ann = world.user();
        UUID work = world.project(ann, "Work");
        String section = api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "S"))
                .id();
        api.patch("/api/v1/sections/" + section, ann.token(), body("name", "S2"));
        api.delete("/api/v1/sections/" + section, ann.token());
        String label = api.post(
                        "/api/v1/labels",
                        ann.token(),
                        body("name", "l" + UUID.randomUUID().toString().substring(0, 6)))
                .id();
        api.patch("/api/v1/labels/" + label, ann.token(), body("name", "renamed", "color", "red"));
        api.delete("/api/v1/labels/" + label, ann.token());

        try (TopicProbe sections = new TopicProbe(broker.getBrokersAsString(), Topics.TASKS_SECTION);
                TopicProbe labels = new TopicProbe(broker.getBrokersAsString(), Topics.TASKS_LABEL)) {
            List<JsonNode> sectionEvents = sections.awaitEventsOf(section, "section.deleted");
            assertThat(sectionEvents)
                    .extracting(e -> e.get("type").asString())
                    .containsExactly("section.created", "section.updated", "section.deleted");
            assertThat(sectionEvents.get(1).at("/data/changedFields"))
                    .extracting(JsonNode::asString)
                    .containsExactly("name");
            List<JsonNode> labelEvents = labels.awaitEventsOf(label, "label.deleted");
            assertThat(labelEvents)
                    .extracting(e -> e.get("type").asString())
                    .containsExactly("label.created", "label.updated", "label.deleted");
            assertThat(labelEvents.get(1).at("/data/label/name").asString()).isEqualTo("renamed");
            assertThat(labelEvents.get(1).at("/data/previousName").asString()).startsWith("l");
            assertThat(labelEvents.get(2).at("/data/ownerId").asString())
                    .isEqualTo(ann.id().toString());
        }
    }

    @Test
    void a_rejected_change_publishes_nothing() {
        TestUser ann = world.user();
        UUID work = world.project(ann, "Work");
        String task = world.task(ann, work, "quiet").toString();
        api.patch("/api/v1/tasks/" + task, ann.token(), body("title", "x"), Map.of("If-Match", "\"9\""));
        api.patch("/api/v1/tasks/" + task, ann.token(), body());
        api.delete("/api/v1/tasks/" + task, ann.token());

        try (TopicProbe topic = new TopicProbe(broker.getBrokersAsString(), Topics.TASKS_TASK)) {
            assertThat(topic.awaitEventsOf(task, "task.deleted"))
                    .extracting(e -> e.get("type").asString())
                    .containsExactly("task.created", "task.deleted");
        }
    }
}
