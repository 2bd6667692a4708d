package dev.ordo.tasks.section;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SectionIT extends IntegrationTestBase {

    TestUser ann;
    UUID work;

    @BeforeEach
    void setUp() {
        ann = world.user();
        work = world.project(ann, "Work");
    }

    @Test
    void sections_are_listed_by_position_page_by_page() {
        for (String name : List.of("One", "Two", "Three")) {
            assertThat(api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", name))
                            .status())
                    .isEqualTo(201);
        }
        assertThat(api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "Zero", "position", 0))
                        .status())
                .isEqualTo(201);

        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = api.get(
                    "/api/v1/sections?projectId=" + work + "&limit=3" + (cursor == null ? "" : "&cursor=" + cursor),
                    ann.token());
            page.json().get("items").forEach(s -> names.add(s.get("name").asString()));
            cursor = page.field("nextCursor");
        } while (cursor != null);

        assertThat(names).containsExactly("Zero", "One", "Two", "Three");
    }

    @Test
    void a_section_is_renamed_with_its_etag_and_a_stale_one_is_refused() {
        Api.Response created = api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "Calls"));
        String path = "/api/v1/sections/" + created.id();

        Api.Response renamed =
                api.patch(path, ann.token(), body("name", "Phone calls"), java.util.Map.of("If-Match", "\"0\""));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.header("ETag")).contains("\"1\"");

        Api.Response stale = api.patch(path, ann.token(), body("name", "Again"), java.util.Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).contains("application/problem+json");
        assertThat(api.get(path, ann.token()).field("name")).isEqualTo("Phone calls");
    }

    @Test
    void deleting_a_section_leaves_its_tasks_without_a_section_or_deletes_them_when_asked() {
        UUID keep = UUID.fromString(api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "Keep"))
                .id());
        UUID drop = UUID.fromString(api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "Drop"))
                .id());
        JsonNode kept = world.task(ann, body("projectId", work, "sectionId", keep, "title", "kept"));
        JsonNode dropped = world.task(ann, body("projectId", work, "sectionId", drop, "title", "dropped"));
        UUID droppedChild = world.subtask(ann, UUID.fromString(dropped.get("id").asString()), "dropped child");

        assertThat(api.delete("/api/v1/sections/" + keep, ann.token()).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/sections/" + drop + "?deleteTasks=true", ann.token())
                        .status())
                .isEqualTo(204);

        JsonNode stillThere = api.get("/api/v1/tasks/" + kept.get("id").asString(), ann.token())
                .json();
        assertThat(stillThere.get("sectionId").isNull()).isTrue();
        assertThat(api.get("/api/v1/tasks/" + dropped.get("id").asString(), ann.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tasks/" + droppedChild, ann.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/sections/" + keep, ann.token()).status()).isEqualTo(404);
    }

    @Test
    void viewers_read_sections_but_may_not_change_them_and_strangers_do_not_see_them() {
        TestUser viewer = world.memberOf(work, "viewer");
        TestUser stranger = world.user();
        String section = api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "S"))
                .id();

        assertThat(api.get("/api/v1/sections/" + section, viewer.token()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/sections?projectId=" + work, viewer.token()).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/sections", viewer.token(), body("projectId", work, "name", "V"))
                        .status())
                .isEqualTo(403);
        assertThat(api.patch("/api/v1/sections/" + section, viewer.token(), body("name", "V"))
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/sections/" + section, viewer.token()).status())
                .isEqualTo(403);

        assertThat(api.get("/api/v1/sections/" + section, stranger.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/sections?projectId=" + work, stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/sections", stranger.token(), body("projectId", work, "name", "X"))
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/sections/" + section, stranger.token()).status())
                .isEqualTo(404);
    }

    @Test
    void bad_section_input_is_a_400_problem() {
        assertThat(api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", " "))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/sections", ann.token(), body("name", "No project"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "x".repeat(121)))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "S", "order", 1))
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/sections", ann.token()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/sections?projectId=" + work + "&limit=0", ann.token())
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/sections?projectId=" + work + "&cursor=garbage!", ann.token())
                        .status())
                .isEqualTo(400);
    }
}
