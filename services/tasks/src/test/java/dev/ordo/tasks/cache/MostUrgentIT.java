package dev.ordo.tasks.cache;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

class MostUrgentIT extends IntegrationTestBase {

    @Autowired
    StringRedisTemplate redis;

    TestUser ann;
    TestUser bo;
    UUID shared;

    @BeforeEach
    void setUp() {
        ann = world.user();
        shared = world.project(ann, "Shared");
        bo = world.memberOf(shared, "member");
    }

    @Test
    void my_most_urgent_open_tasks_come_first_by_urgency() {
        world.task(ann, body("projectId", shared, "title", "low, no due"));
        world.task(ann, body("projectId", shared, "title", "urgent", "priority", "URGENT"));
        world.task(
                ann,
                body(
                        "projectId",
                        shared,
                        "title",
                        "urgent and overdue",
                        "priority",
                        "URGENT",
                        "due",
                        Map.of("date", LocalDate.now().minusDays(3).toString())));
        world.task(ann, body("projectId", shared, "title", "high", "priority", "HIGH"));
        world.task(ann, body("projectId", shared, "title", "bo's own", "priority", "URGENT", "assigneeId", bo.id()));

        Api.Response top = api.get("/api/v1/tasks/most-urgent?limit=3", ann.token());

        assertThat(top.status()).isEqualTo(200);
        assertThat(top.titles()).containsExactly("urgent and overdue", "urgent", "high");
        assertThat(top.field("nextCursor")).isNull();
        assertThat(api.get("/api/v1/tasks/most-urgent?limit=51", ann.token()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/tasks?projectId=" + shared + "&sort=urgency&limit=2", ann.token())
                        .titles())
                .containsExactly("urgent and overdue", "urgent");
    }

    @Test
    void the_list_is_cached_per_user_and_evicted_when_a_task_of_a_project_of_mine_changes() {
        UUID task = world.task(ann, shared, "first");
        assertThat(api.get("/api/v1/tasks/most-urgent", ann.token()).titles()).containsExactly("first");
        assertThat(redis.hasKey(MostUrgentCache.PREFIX + ann.id())).isTrue();
        assertThat(api.get("/api/v1/tasks/most-urgent", bo.token()).titles()).containsExactly("first");

        api.patch("/api/v1/tasks/" + task, bo.token(), body("title", "renamed by bo"));

        assertThat(redis.hasKey(MostUrgentCache.PREFIX + ann.id())).isFalse();
        assertThat(redis.hasKey(MostUrgentCache.PREFIX + bo.id())).isFalse();
        assertThat(api.get("/api/v1/tasks/most-urgent", ann.token()).titles()).containsExactly("renamed by bo");
    }

    @Test
    void a_membership_change_evicts_the_members_list_and_a_failed_write_evicts_nothing() {
        assertThat(api.get("/api/v1/tasks/most-urgent", ann.token()).titles()).isEmpty();
        TestUser cy = world.user();
        UUID cysProject = world.project(cy, "Cy's");
        world.task(cy, cysProject, "cy's task");

        world.join(cysProject, ann, "member");

        assertThat(redis.hasKey(MostUrgentCache.PREFIX + ann.id())).isFalse();
        assertThat(api.get("/api/v1/tasks/most-urgent", ann.token()).titles()).containsExactly("cy's task");
        api.post("/api/v1/tasks", ann.token(), body("projectId", shared, "title", " "));
        assertThat(redis.hasKey(MostUrgentCache.PREFIX + ann.id())).isTrue();
    }
}
