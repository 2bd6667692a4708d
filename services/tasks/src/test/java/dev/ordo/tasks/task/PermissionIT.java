package dev.ordo.tasks.task;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Roles from the membership replica: viewers read, members write, strangers see nothing. */
class PermissionIT extends IntegrationTestBase {

    TestUser owner;
    UUID project;
    UUID task;

    @BeforeEach
    void setUp() {
        owner = world.user();
        project = world.project(owner, "Team");
        task = world.task(owner, project, "shared");
    }

    @Test
    void members_and_admins_write_tasks() {
        for (String role : List.of("member", "admin")) {
            TestUser user = world.memberOf(project, role);
            assertThat(api.post("/api/v1/tasks", user.token(), body("projectId", project, "title", role))
                            .status())
                    .isEqualTo(201);
            assertThat(api.patch("/api/v1/tasks/" + task, user.token(), body("title", role))
                            .status())
                    .isEqualTo(200);
            assertThat(api.post("/api/v1/tasks/" + task + "/move", user.token(), body("projectId", project))
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void a_viewer_reads_but_every_write_is_403() {
        TestUser viewer = world.memberOf(project, "viewer");

        assertThat(api.get("/api/v1/tasks/" + task, viewer.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tasks?projectId=" + project, viewer.token()).titles())
                .containsExactly("shared");
        assertThat(api.post("/api/v1/tasks", viewer.token(), body("projectId", project, "title", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/tasks", viewer.token(), body("parentId", task, "title", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(api.patch("/api/v1/tasks/" + task, viewer.token(), body("status", "COMPLETED"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/tasks/" + task + "/move", viewer.token(), body("parentId", null))
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/tasks/" + task, viewer.token()).status()).isEqualTo(403);
    }

    @Test
    void for_a_stranger_the_project_and_its_tasks_do_not_exist() {
        TestUser stranger = world.user();
        world.project(stranger, "Own");

        assertThat(api.get("/api/v1/tasks/" + task, stranger.token()).status()).isEqualTo(404);
        assertThat(api.patch("/api/v1/tasks/" + task, stranger.token(), body("title", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/tasks/" + task, stranger.token()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/tasks/" + task + "/move", stranger.token(), body())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/tasks", stranger.token(), body("projectId", project, "title", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tasks?projectId=" + project, stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tasks", stranger.token()).titles()).isEmpty();
        assertThat(api.post("/api/v1/tasks", stranger.token(), body("parentId", task, "title", "x"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void only_a_member_of_the_project_can_be_its_assignee() {
        TestUser member = world.memberOf(project, "viewer");
        TestUser outsider = world.user();

        assertThat(api.patch("/api/v1/tasks/" + task, owner.token(), body("assigneeId", outsider.id()))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/tasks",
                                owner.token(),
                                body("projectId", project, "title", "x", "assigneeId", outsider.id()))
                        .status())
                .isEqualTo(400);
        assertThat(api.patch("/api/v1/tasks/" + task, owner.token(), body("assigneeId", member.id()))
                        .status())
                .isEqualTo(200);
        assertThat(api.patch("/api/v1/tasks/" + task, owner.token(), body("assigneeId", null))
                        .json()
                        .get("assigneeId")
                        .isNull())
                .isTrue();
    }

    @Test
    void without_a_valid_token_everything_is_401() {
        assertThat(api.get("/api/v1/tasks/" + task, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/tasks", "not-a-token").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/tasks", null, body("title", "x")).status()).isEqualTo(401);
    }
}
