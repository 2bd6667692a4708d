package dev.ordo.tasks.rule;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.Topics;
import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.tasks.task.PrioritySweep;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class PriorityRuleIT extends IntegrationTestBase {

    @Autowired
    PrioritySweep sweep;

    TestUser ann;
    UUID work;
    String rules;

    @BeforeEach
    void setUp() {
        ann = world.user();
        work = world.project(ann, "Work");
        rules = "/api/v1/projects/" + work + "/priority-rules";
    }

    @Test
    void a_matching_rule_sets_the_priority_of_a_task_as_it_is_written() {
        String rule = rule("Calls are high", "@phone", "HIGH").id();

        JsonNode created = world.task(ann, body("projectId", work, "title", "call", "labels", List.of("phone")));
        assertThat(created.get("priority").asString()).isEqualTo("HIGH");
        JsonNode other = world.task(ann, body("projectId", work, "title", "write"));
        assertThat(other.get("priority").asString()).isEqualTo("LOW");

        JsonNode updated = api.patch(
                        "/api/v1/tasks/" + other.get("id").asString(), ann.token(), body("labels", List.of("phone")))
                .json();
        assertThat(updated.get("priority").asString()).isEqualTo("HIGH");

        try (TopicProbe topic = new TopicProbe(broker.getBrokersAsString(), Topics.TASKS_TASK)) {
            JsonNode changed = topic.awaitEventsOf(created.get("id").asString(), "task.priority-changed")
                    .getLast();
            assertThat(changed.at("/data/ruleId").asString()).isEqualTo(rule);
            assertThat(changed.at("/data/previousPriority").asString()).isEqualTo("LOW");
            assertThat(changed.at("/data/task/priority").asString()).isEqualTo("HIGH");
        }
    }

    @Test
    void the_first_matching_rule_by_position_wins() {
        rule("Phone is medium", "@phone", "MEDIUM");
        Api.Response first = api.post(
                rules,
                ann.token(),
                body(
                        "name",
                        "Boss calls are urgent",
                        "when",
                        "@phone & @boss",
                        "then",
                        Map.of("priority", "URGENT"),
                        "position",
                        0));
        assertThat(first.status()).isEqualTo(201);

        assertThat(world.task(ann, body("projectId", work, "title", "a", "labels", List.of("phone", "boss")))
                        .get("priority")
                        .asString())
                .isEqualTo("URGENT");
        assertThat(world.task(ann, body("projectId", work, "title", "b", "labels", List.of("phone")))
                        .get("priority")
                        .asString())
                .isEqualTo("MEDIUM");
        assertThat(api.get(rules, ann.token())
                        .json()
                        .get("items")
                        .valueStream()
                        .map(r -> r.get("name").asString())
                        .toList())
                .containsExactly("Boss calls are urgent", "Phone is medium");
    }

    @Test
    void the_sweep_applies_the_rules_to_open_tasks_that_came_to_match_and_leaves_closed_ones() {
        String yesterday = LocalDate.now().minusDays(2).toString();
        UUID late = UUID.fromString(
                world.task(ann, body("projectId", work, "title", "late", "due", Map.of("date", yesterday)))
                        .get("id")
                        .asString());
        UUID lateButDone = UUID.fromString(world.task(
                        ann,
                        body(
                                "projectId",
                                work,
                                "title",
                                "done",
                                "due",
                                Map.of("date", yesterday),
                                "status",
                                "COMPLETED"))
                .get("id")
                .asString());
        UUID onTime = world.task(ann, work, "no due");
        String rule = rule("Overdue is urgent", "overdue", "URGENT").id();

        assertThat(priorityOf(late)).as("a new rule waits for the sweep").isEqualTo("LOW");
        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);

        assertThat(priorityOf(late)).isEqualTo("URGENT");
        assertThat(priorityOf(lateButDone)).isEqualTo("LOW");
        assertThat(priorityOf(onTime)).isEqualTo("LOW");
        try (TopicProbe topic = new TopicProbe(broker.getBrokersAsString(), Topics.TASKS_TASK)) {
            JsonNode changed = topic.awaitEventsOf(late.toString(), "task.priority-changed")
                    .getLast();
            assertThat(changed.at("/data/ruleId").asString()).isEqualTo(rule);
            assertThat(changed.get("actor").isNull()).isTrue();
        }
        sweep.sweep();
        assertThat(api.get("/api/v1/tasks/" + late, ann.token())
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void owners_and_admins_manage_rules_members_and_viewers_read_them_strangers_see_nothing() {
        TestUser admin = world.memberOf(work, "admin");
        TestUser member = world.memberOf(work, "member");
        TestUser viewer = world.memberOf(work, "viewer");
        TestUser stranger = world.user();
        String rule = rule("R", "p4", "MEDIUM").id();

        assertThat(api.post(rules, admin.token(), ruleBody("A", "p3", "HIGH")).status())
                .isEqualTo(201);
        assertThat(api.post(rules, member.token(), ruleBody("M", "p3", "HIGH")).status())
                .isEqualTo(403);
        assertThat(api.post(rules, viewer.token(), ruleBody("V", "p3", "HIGH")).status())
                .isEqualTo(403);
        assertThat(api.post(rules, stranger.token(), ruleBody("S", "p3", "HIGH"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get(rules, member.token()).status()).isEqualTo(200);
        assertThat(api.get(rules + "/" + rule, viewer.token()).status()).isEqualTo(200);
        assertThat(api.get(rules, stranger.token()).status()).isEqualTo(404);
        assertThat(api.patch(rules + "/" + rule, member.token(), body("name", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(api.patch(rules + "/" + rule, admin.token(), body("then", Map.of("priority", "HIGH")))
                        .json()
                        .at("/then/priority")
                        .asString())
                .isEqualTo("HIGH");
        assertThat(api.delete(rules + "/" + rule, member.token()).status()).isEqualTo(403);
        assertThat(api.delete(rules + "/" + rule, admin.token()).status()).isEqualTo(204);
    }

    @Test
    void a_rule_must_have_a_query_that_parses_and_a_priority() {
        Api.Response bad = api.post(rules, ann.token(), ruleBody("Bad", "p1 &", "HIGH"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().has("position")).isTrue();
        assertThat(api.post(rules, ann.token(), ruleBody("Bad", "p1", "SOON")).status())
                .isEqualTo(400);
        assertThat(api.post(rules, ann.token(), body("name", "Bad", "when", "p1"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                rules,
                                ann.token(),
                                body("name", "Bad", "when", "p1", "then", Map.of("priority", "HIGH", "color", "red")))
                        .status())
                .isEqualTo(400);
    }

    private Api.Response rule(String name, String when, String priority) {
        Api.Response created = api.post(rules, ann.token(), ruleBody(name, when, priority));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    private static Map<String, Object> ruleBody(String name, String when, String priority) {
        return body("name", name, "when", when, "then", Map.of("priority", priority));
    }

    private String priorityOf(UUID task) {
        return api.get("/api/v1/tasks/" + task, ann.token()).field("priority");
    }
}
