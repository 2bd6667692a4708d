package dev.ordo.tasks.list;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskListIT extends IntegrationTestBase {

    TestUser ann;
    UUID work;

    @BeforeEach
    void setUp() {
        ann = world.user();
        work = world.project(ann, "Work");
    }

    @Test
    void every_sort_pages_through_all_tasks_in_its_order_without_gaps_or_duplicates() {
        world.task(ann, body("projectId", work, "title", "T1", "priority", "LOW", "due", Map.of("date", "2026-03-03")));
        world.task(ann, body("projectId", work, "title", "T2", "priority", "URGENT"));
        world.task(
                ann, body("projectId", work, "title", "T3", "priority", "HIGH", "due", Map.of("date", "2026-03-01")));
        world.task(
                ann,
                body(
                        "projectId",
                        work,
                        "title",
                        "T4",
                        "priority",
                        "HIGH",
                        "due",
                        Map.of("datetime", "2026-03-01T10:00:00Z")));
        world.task(
                ann, body("projectId", work, "title", "T5", "priority", "MEDIUM", "due", Map.of("date", "2026-03-02")));
        world.task(ann, body("projectId", work, "title", "T6", "priority", "LOW"));
        world.task(
                ann,
                body(
                        "projectId",
                        work,
                        "title",
                        "T7",
                        "priority",
                        "URGENT",
                        "position",
                        0,
                        "due",
                        Map.of("date", "2026-03-01")));

        Map<String, List<String>> expected = Map.of(
                "position", List.of("T7", "T1", "T2", "T3", "T4", "T5", "T6"),
                "due", List.of("T7", "T3", "T4", "T5", "T1", "T2", "T6"),
                "priority", List.of("T7", "T2", "T3", "T4", "T5", "T1", "T6"),
                "created", List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7"));
        expected.forEach((sort, order) -> {
            assertThat(allPages("/api/v1/tasks?projectId=" + work + "&sort=" + sort, 2))
                    .as(sort)
                    .isEqualTo(order);
            assertThat(allPages("/api/v1/tasks?projectId=" + work + "&sort=" + sort, 3))
                    .as(sort)
                    .isEqualTo(order);
        });
        assertThat(allPages("/api/v1/tasks?projectId=" + work + "&sort=urgency", 2))
                .containsExactlyInAnyOrderElementsOf(expected.get("created"));
    }

    @Test
    void a_list_shows_only_tasks_of_my_projects_and_by_default_only_open_ones() {
        UUID home = world.project(ann, "Home");
        TestUser bo = world.user();
        UUID bosProject = world.project(bo, "Bo's");
        world.task(ann, work, "at work");
        world.task(ann, home, "at home");
        world.task(bo, bosProject, "bo's");
        UUID done = world.task(ann, work, "done");
        api.patch("/api/v1/tasks/" + done, ann.token(), body("status", "COMPLETED"));

        assertThat(allPages("/api/v1/tasks?sort=created", 50)).containsExactly("at work", "at home");
        assertThat(allPages("/api/v1/tasks?sort=created&status=COMPLETED,PENDING", 50))
                .containsExactly("at work", "at home", "done");
        assertThat(api.get("/api/v1/tasks?projectId=" + bosProject, ann.token()).status())
                .isEqualTo(404);
    }

    @Test
    void the_parameters_narrow_the_list() {
        TestUser bo = world.memberOf(work, "member");
        UUID parent = UUID.fromString(world.task(
                        ann,
                        body(
                                "projectId",
                                work,
                                "title",
                                "parent",
                                "labels",
                                List.of("phone"),
                                "priority",
                                "HIGH",
                                "assigneeId",
                                bo.id()))
                .get("id")
                .asString());
        world.subtask(ann, parent, "child");
        world.task(ann, work, "other");

        assertThat(allPages("/api/v1/tasks?label=PHONE", 50)).containsExactly("parent");
        assertThat(allPages("/api/v1/tasks?priority=HIGH", 50)).containsExactly("parent");
        assertThat(allPages("/api/v1/tasks?assigneeId=" + bo.id(), 50)).containsExactly("parent");
        assertThat(allPages("/api/v1/tasks?parentId=" + parent, 50)).containsExactly("child");
    }

    @Test
    void tasks_of_archived_projects_are_left_out_unless_the_project_is_asked_for() {
        UUID old = world.project(ann, "Old");
        world.task(ann, old, "archived one");
        world.task(ann, work, "active one");
        world.archive(old, ann, "Old");

        assertThat(allPages("/api/v1/tasks", 50)).containsExactly("active one");
        assertThat(allPages("/api/v1/tasks?projectId=" + old, 50)).containsExactly("archived one");
    }

    @Test
    void the_day_views_are_computed_in_my_time_zone() {
        String zoneId = "Pacific/Kiritimati"; // UTC+14: its day is rarely UTC's
        TestUser kim = world.user(zoneId);
        UUID project = world.project(kim, "Kim's");
        LocalDate today = LocalDate.now(ZoneId.of(zoneId));
        task(kim, project, "overdue date", Map.of("date", today.minusDays(1).toString()));
        task(kim, project, "overdue time", Map.of("datetime", today.minusDays(1) + "T12:00:00"));
        task(kim, project, "today", Map.of("date", today.toString()));
        task(kim, project, "tomorrow early", Map.of("datetime", today.plusDays(1) + "T00:30:00"));
        task(kim, project, "in six days", Map.of("date", today.plusDays(6).toString()));
        task(kim, project, "in seven days", Map.of("date", today.plusDays(7).toString()));
        UUID done = task(kim, project, "done today", Map.of("date", today.toString()));
        api.patch("/api/v1/tasks/" + done, kim.token(), body("status", "COMPLETED"));

        assertThat(titles(kim, "/api/v1/tasks?view=today")).containsExactly("overdue date", "overdue time", "today");
        assertThat(titles(kim, "/api/v1/tasks?view=overdue")).containsExactly("overdue date", "overdue time");
        assertThat(titles(kim, "/api/v1/tasks?view=upcoming"))
                .containsExactly("today", "tomorrow early", "in six days");
        assertThat(api.get("/api/v1/tasks?view=someday", kim.token()).status()).isEqualTo(400);
    }

    @Test
    void bad_list_parameters_are_a_400_problem() {
        for (String query : List.of(
                "?sort=random",
                "?limit=0",
                "?limit=201",
                "?limit=x",
                "?cursor=%25%25",
                "?status=DONE",
                "?priority=p1",
                "?projectId=nope",
                "?view=week",
                "?filter=x&savedFilter=" + UUID.randomUUID())) {
            Api.Response response = api.get("/api/v1/tasks" + query, ann.token());
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).contains("application/problem+json");
        }
        world.task(ann, work, "a");
        world.task(ann, work, "b");
        String byDue = api.get("/api/v1/tasks?sort=due&limit=1", ann.token()).field("nextCursor");
        assertThat(api.get("/api/v1/tasks?sort=position&limit=1&cursor=" + byDue, ann.token())
                        .status())
                .as("a cursor of another order")
                .isEqualTo(400);
    }

    private UUID task(TestUser user, UUID project, String title, Map<String, String> due) {
        return UUID.fromString(world.task(user, body("projectId", project, "title", title, "due", due))
                .get("id")
                .asString());
    }

    private List<String> titles(TestUser user, String path) {
        Api.Response response = api.get(path, user.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.titles();
    }

    /** Every page of the list, {@code limit} at a time, asserting that no task shows twice. */
    private List<String> allPages(String path, int limit) {
        List<String> titles = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String separator = path.contains("?") ? "&" : "?";
            Api.Response page = api.get(
                    path + separator + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), ann.token());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            titles.addAll(page.titles());
            cursor = page.field("nextCursor");
            assertThat(++pages).isLessThan(100);
        } while (cursor != null);
        assertThat(titles).doesNotHaveDuplicates();
        return titles;
    }
}
