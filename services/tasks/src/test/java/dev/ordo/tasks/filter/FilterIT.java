package dev.ordo.tasks.filter;

import static dev.ordo.tasks.support.World.body;
import static dev.ordo.testsupport.Api.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filter queries through the API: GET /api/v1/tasks?filter=… and saved filters. */
class FilterIT extends IntegrationTestBase {

    TestUser ann;
    TestUser bo;
    UUID work;
    UUID client;
    UUID home;

    @BeforeEach
    void setUp() {
        ann = world.user("America/New_York");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        work = world.project(ann, "Work " + suffix);
        client = world.project(ann, "Client " + suffix, work, false);
        home = world.project(ann, "Home " + suffix);
        bo = world.memberOf(work, "member");
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        String calls = api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "Calls"))
                .id();
        world.task(
                ann,
                body(
                        "projectId",
                        work,
                        "title",
                        "urgent call",
                        "priority",
                        "URGENT",
                        "sectionId",
                        calls,
                        "labels",
                        List.of("phone"),
                        "due",
                        Map.of("date", today.toString())));
        world.task(
                ann,
                body(
                        "projectId",
                        work,
                        "title",
                        "late report",
                        "priority",
                        "HIGH",
                        "due",
                        Map.of("date", today.minusDays(2).toString()),
                        "assigneeId",
                        bo.id()));
        world.task(
                ann,
                body(
                        "projectId",
                        client,
                        "title",
                        "client offer",
                        "description",
                        "the big offer",
                        "assigneeId",
                        ann.id()));
        world.task(
                ann,
                body(
                        "projectId",
                        home,
                        "title",
                        "water plants",
                        "priority",
                        "URGENT",
                        "due",
                        Map.of("date", today.plusDays(1).toString())));
        UUID done = world.task(ann, home, "done chore");
        api.patch("/api/v1/tasks/" + done, ann.token(), body("status", "COMPLETED"));
    }

    @Test
    void a_filter_query_narrows_my_tasks() {
        String w = name(work);
        assertThat(filter("p1")).containsExactlyInAnyOrder("urgent call", "water plants");
        assertThat(filter("p1 & #" + w)).containsExactly("urgent call");
        assertThat(filter("##" + w)).containsExactlyInAnyOrder("urgent call", "late report", "client offer");
        assertThat(filter("today | overdue")).containsExactlyInAnyOrder("urgent call", "late report");
        assertThat(filter("tomorrow")).containsExactly("water plants");
        assertThat(filter("@PHONE & /calls")).containsExactly("urgent call");
        assertThat(filter("assigned to: me")).containsExactly("client offer");
        assertThat(filter("assigned to: " + bo.email())).containsExactly("late report");
        assertThat(filter("search: offer")).containsExactly("client offer");
        assertThat(filter("no date & !##" + w)).isEmpty();
        assertThat(filter("status: completed")).containsExactly("done chore");
    }

    @Test
    void a_filter_never_shows_tasks_of_projects_i_am_not_in() {
        TestUser stranger = world.user();
        UUID theirs = world.project(stranger, name(work));
        world.task(stranger, body("projectId", theirs, "title", "not for ann", "priority", "URGENT"));

        assertThat(filter("p1 & #" + name(work))).containsExactly("urgent call");
        assertThat(titles(stranger, query("filter", "#" + name(work)))).containsExactly("not for ann");
    }

    @Test
    void a_filter_that_does_not_parse_is_a_400_with_the_position_of_the_problem() {
        Api.Response response = api.get("/api/v1/tasks" + query("filter", "p1 & due before:"), ann.token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().get("position").isInt()).isTrue();
        assertThat(response.json().get("position").asInt()).isBetween(5, 16);
        assertThat(response.field("detail")).contains("position");
        assertThat(api.get("/api/v1/tasks" + query("filter", "(p1"), ann.token())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void a_filtered_list_pages_and_sorts_like_any_other() {
        Api.Response first =
                api.get("/api/v1/tasks" + query("filter", "!no date", "sort", "due", "limit", "2"), ann.token());
        Api.Response second = api.get(
                "/api/v1/tasks"
                        + query("filter", "!no date", "sort", "due", "limit", "2", "cursor", first.field("nextCursor")),
                ann.token());

        assertThat(first.titles()).containsExactly("late report", "urgent call");
        assertThat(second.titles()).containsExactly("water plants");
        assertThat(second.field("nextCursor")).isNull();
    }

    @Test
    void saved_filters_are_mine_ordered_by_position_and_run_as_a_list() {
        Api.Response urgent = api.post("/api/v1/filters", ann.token(), body("name", "Urgent", "query", "p1"));
        assertThat(urgent.status()).isEqualTo(201);
        assertThat(urgent.header("Location")).contains("/api/v1/filters/" + urgent.id());
        api.post("/api/v1/filters", ann.token(), body("name", "First", "query", "today", "position", 0));
        api.post("/api/v1/filters", ann.token(), body("name", "Last", "query", "overdue"));

        assertThat(api.get("/api/v1/filters", ann.token())
                        .json()
                        .get("items")
                        .valueStream()
                        .map(f -> f.get("name").asString())
                        .toList())
                .containsExactly("First", "Urgent", "Last");
        assertThat(titles(ann, "?savedFilter=" + urgent.id())).containsExactlyInAnyOrder("urgent call", "water plants");

        assertThat(api.patch("/api/v1/filters/" + urgent.id(), ann.token(), body("query", "p2"))
                        .status())
                .isEqualTo(200);
        assertThat(titles(ann, "?savedFilter=" + urgent.id())).containsExactly("late report");

        assertThat(api.get("/api/v1/filters/" + urgent.id(), bo.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tasks?savedFilter=" + urgent.id(), bo.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/filters/" + urgent.id(), ann.token()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/tasks?savedFilter=" + urgent.id(), ann.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_saved_filter_must_parse_and_have_a_name_of_its_own() {
        Api.Response bad = api.post("/api/v1/filters", ann.token(), body("name", "Broken", "query", "p1 & (today"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().has("position")).isTrue();

        assertThat(api.post("/api/v1/filters", ann.token(), body("name", "Mine", "query", "p1"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/filters", ann.token(), body("name", "MINE", "query", "p2"))
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/filters", ann.token(), body("name", " ", "query", "p2"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/filters", ann.token(), body("name", "No query"))
                        .status())
                .isEqualTo(400);
        String id = api.post("/api/v1/filters", ann.token(), body("name", "Other", "query", "p3"))
                .id();
        assertThat(api.patch("/api/v1/filters/" + id, ann.token(), body("query", "p9"))
                        .status())
                .isEqualTo(400);
        assertThat(api.patch("/api/v1/filters/" + id, ann.token(), body("name", "mine"))
                        .status())
                .isEqualTo(409);
    }

    private List<String> filter(String query) {
        return titles(ann, query("filter", query));
    }

    private List<String> titles(TestUser user, String queryString) {
        Api.Response response = api.get("/api/v1/tasks" + queryString, user.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.titles();
    }

    private String name(UUID project) {
        return jdbc.sql("select name from project_replica where id = :id")
                .param("id", project)
                .query(String.class)
                .single();
    }
}
