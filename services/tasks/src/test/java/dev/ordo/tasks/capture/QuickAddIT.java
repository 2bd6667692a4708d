package dev.ordo.tasks.capture;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class QuickAddIT extends IntegrationTestBase {

    static final String ZONE = "Europe/Berlin";

    TestUser ann;
    TestUser bo;
    UUID inbox;
    UUID work;

    @BeforeEach
    void setUp() {
        ann = world.user(ZONE);
        inbox = world.inbox(ann);
        work = world.project(ann, "Work");
        bo = world.memberOf(work, "member");
        api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "Calls"));
    }

    @Test
    void one_line_makes_a_task_with_everything_it_names() {
        Api.Response created = api.post(
                "/api/v1/tasks/quick",
                ann.token(),
                body("text", "Call Bob tomorrow 5pm p1 #work /calls @phone +" + bo.email()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/tasks/" + created.id());
        JsonNode task = created.json();
        LocalDate tomorrow = LocalDate.now(ZoneId.of(ZONE)).plusDays(1);
        assertThat(task.get("title").asString()).isEqualTo("Call Bob");
        assertThat(task.get("priority").asString()).isEqualTo("URGENT");
        assertThat(task.get("projectId").asString()).isEqualTo(work.toString());
        assertThat(task.get("sectionId").isNull()).isFalse();
        assertThat(task.get("labels")).extracting(JsonNode::asString).containsExactly("phone");
        assertThat(task.get("assigneeId").asString()).isEqualTo(bo.id().toString());
        assertThat(task.at("/due/date").asString()).isEqualTo(tomorrow.toString());
        assertThat(task.at("/due/timezone").asString()).isEqualTo(ZONE);
        assertThat(task.at("/due/datetime").asString())
                .isEqualTo(tomorrow.atTime(17, 0)
                        .atZone(ZoneId.of(ZONE))
                        .toInstant()
                        .toString());
    }

    @Test
    void without_a_project_the_task_goes_to_my_inbox() {
        JsonNode task = api.post("/api/v1/tasks/quick", ann.token(), body("text", "Buy milk @errand"))
                .json();

        assertThat(task.get("projectId").asString()).isEqualTo(inbox.toString());
        assertThat(task.get("title").asString()).isEqualTo("Buy milk");
    }

    @Test
    void a_project_that_is_not_mine_stays_in_the_title_as_todoist_does() {
        Api.Response preview = api.post(
                "/api/v1/tasks/quick/preview", ann.token(), body("text", "Water the roses tomorrow 7pm #Garden"));
        assertThat(preview.json().get("title").asString()).isEqualTo("Water the roses #Garden");
        assertThat(preview.json().get("unknownProjectName").asString()).isEqualTo("Garden");
        assertThat(preview.json().get("projectName").isNull()).isTrue();
        assertThat(preview.json().get("tokens"))
                .extracting(t -> t.get("kind").asString() + ":" + t.get("text").asString())
                .containsExactly("date:tomorrow", "time:7pm", "unknown-project:#Garden");

        Api.Response created =
                api.post("/api/v1/tasks/quick", ann.token(), body("text", "Water the roses tomorrow 7pm #Garden"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("title").asString()).isEqualTo("Water the roses #Garden");
        assertThat(created.json().get("projectId").asString()).isEqualTo(inbox.toString());
    }

    @Test
    void a_line_may_recur_and_carry_a_deadline_and_a_duration() {
        JsonNode preview = api.post(
                        "/api/v1/tasks/quick/preview",
                        ann.token(),
                        body("text", "Gym every mon, wed, fri at 7am {Dec 20} for 45 min #Work"))
                .json();
        assertThat(preview.get("title").asString()).isEqualTo("Gym");
        assertThat(preview.get("tokens"))
                .extracting(t -> t.get("kind").asString())
                .containsExactly("recurrence", "deadline", "duration", "project");
        assertThat(preview.at("/due/isRecurring").asBoolean()).isTrue();
        assertThat(preview.at("/due/recurrence").asString()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        assertThat(preview.at("/due/string").asString()).isEqualTo("every mon, wed, fri at 7am");
        assertThat(preview.at("/duration/amount").asInt()).isEqualTo(45);

        JsonNode task = api.post(
                        "/api/v1/tasks/quick",
                        ann.token(),
                        body("text", "Gym every mon, wed, fri at 7am {Dec 20} for 2h #Work"))
                .json();
        assertThat(task.at("/due/isRecurring").asBoolean()).isTrue();
        assertThat(task.at("/due/fromCompletion").asBoolean()).isFalse();
        assertThat(task.at("/due/recurrence").asString()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        assertThat(task.at("/due/datetime").asString()).endsWith(":00Z");
        assertThat(task.get("deadline").asString()).endsWith("-12-20");
        assertThat(task.at("/duration/amount").asInt()).isEqualTo(120);
        assertThat(task.at("/duration/unit").asString()).isEqualTo("minute");

        Api.Response tooMany =
                api.post("/api/v1/tasks/quick", ann.token(), body("text", "Spam every 3 hours for 10000 times"));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.problem()).isEqualTo("too-many-occurrences");
    }

    @Test
    void names_that_are_not_mine_are_a_400_naming_them() {
        assertThat(api.post("/api/v1/tasks/quick", ann.token(), body("text", "Plan #Work /Nope"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/tasks/quick", ann.token(), body("text", "Plan +nobody@example.test"))
                        .status())
                .isEqualTo(400);
        TestUser outsider = world.user();
        Api.Response notMember =
                api.post("/api/v1/tasks/quick", ann.token(), body("text", "Plan #Work +" + outsider.email()));
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(tasksIn(work)).isZero();
    }

    @Test
    void a_line_with_nothing_left_for_a_title_is_a_400_with_a_position() {
        Api.Response response = api.post("/api/v1/tasks/quick", ann.token(), body("text", "tomorrow p1"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().has("position")).isTrue();
        assertThat(api.post("/api/v1/tasks/quick", ann.token(), body("text", ""))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/tasks/quick", ann.token(), body("text", "x", "project", "Work"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void a_preview_shows_the_parse_with_token_spans_and_creates_nothing() {
        String text = "Call Bob tomorrow 5pm p1 #Work @phone";
        Api.Response preview = api.post("/api/v1/tasks/quick/preview", ann.token(), body("text", text));

        assertThat(preview.status()).isEqualTo(200);
        JsonNode parse = preview.json();
        assertThat(parse.get("title").asString()).isEqualTo("Call Bob");
        assertThat(parse.get("priority").asString()).isEqualTo("URGENT");
        assertThat(parse.get("projectName").asString()).isEqualTo("Work");
        assertThat(parse.get("labels")).extracting(JsonNode::asString).containsExactly("phone");
        assertThat(parse.get("tokens"))
                .extracting(t -> t.get("kind").asString())
                .contains("date", "time", "priority", "project", "label");
        parse.get("tokens")
                .forEach(t -> assertThat(text.substring(
                                t.get("start").asInt(), t.get("end").asInt()))
                        .isEqualTo(t.get("text").asString()));
        assertThat(tasksIn(work)).isZero();
    }

    @Test
    void a_repeated_quick_add_with_the_same_key_creates_once() {
        Map<String, String> key = Map.of("Idempotency-Key", "quick-" + UUID.randomUUID());
        Api.Response first = api.post("/api/v1/tasks/quick", ann.token(), body("text", "Once #Work"), key);
        Api.Response second = api.post("/api/v1/tasks/quick", ann.token(), body("text", "Once #Work"), key);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(tasksIn(work)).isEqualTo(1);
        assertThat(api.post("/api/v1/tasks/quick", ann.token(), body("text", "Twice #Work"), key)
                        .status())
                .isEqualTo(422);
    }

    private long tasksIn(UUID project) {
        return jdbc.sql("select count(*) from task where project_id = :p")
                .param("p", project)
                .query(Long.class)
                .single();
    }
}
