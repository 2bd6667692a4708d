package dev.ordo.tasks.task;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 9: the tasks of an archived project are read-only (409 project-archived) until it is unarchived. */
class ArchivedProjectIT extends IntegrationTestBase {

    TestUser owner;
    UUID archived;
    UUID open;
    UUID task;
    UUID elsewhere;
    String section;

    @BeforeEach
    void setUp() {
        owner = world.user();
        archived = world.project(owner, "Old");
        open = world.project(owner, "Current");
        task = world.task(owner, archived, "frozen");
        elsewhere = world.task(owner, open, "lively");
        section = api.post("/api/v1/sections", owner.token(), body("projectId", archived, "name", "Done"))
                .id();
        world.archive(archived, owner, "Old");
    }

    @Test
    void every_write_to_an_archived_projects_tasks_and_sections_is_a_409_problem() {
        List<Api.Response> writes = List.of(
                api.post("/api/v1/tasks", owner.token(), body("projectId", archived, "title", "new")),
                api.post("/api/v1/tasks", owner.token(), body("parentId", task, "title", "subtask")),
                api.patch("/api/v1/tasks/" + task, owner.token(), body("title", "changed")),
                api.patch("/api/v1/tasks/" + task, owner.token(), body("status", "COMPLETED")),
                api.post("/api/v1/tasks/" + task + "/move", owner.token(), body("projectId", open)),
                api.post("/api/v1/tasks/" + elsewhere + "/move", owner.token(), body("projectId", archived)),
                api.delete("/api/v1/tasks/" + task, owner.token()),
                api.post("/api/v1/sections", owner.token(), body("projectId", archived, "name", "More")),
                api.patch("/api/v1/sections/" + section, owner.token(), body("name", "Renamed")),
                api.delete("/api/v1/sections/" + section, owner.token()));

        assertThat(writes).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(409);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.field("type")).isEqualTo("https://ordo.dev/problems/project-archived");
        });
        assertThat(api.get("/api/v1/tasks/" + task, owner.token()).field("title"))
                .isEqualTo("frozen");
        assertThat(api.get("/api/v1/tasks?projectId=" + archived, owner.token()).titles())
                .containsExactly("frozen");
        assertThat(api.get("/api/v1/tasks/" + elsewhere, owner.token()).field("projectId"))
                .isEqualTo(open.toString());
    }

    @Test
    void once_unarchived_the_tasks_can_be_changed_again() {
        world.publish(
                ProjectEvents.PROJECT_UNARCHIVED,
                archived,
                owner.id(),
                new ProjectEvents.ProjectUnarchived(new ProjectEvents.ProjectState(
                        archived, "Old", null, "charcoal", null, false, false, owner.id())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from project_replica where id = :p and not archived")
                                .param("p", archived)
                                .query(Long.class)
                                .single()
                        == 1);

        assertThat(api.patch("/api/v1/tasks/" + task, owner.token(), body("status", "COMPLETED"))
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/tasks", owner.token(), body("projectId", archived, "title", "new"))
                        .status())
                .isEqualTo(201);
    }
}
