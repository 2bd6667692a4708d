package dev.ordo.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.projects.support.Fixtures;
import dev.ordo.projects.support.ProjectsIntegrationTest;
import dev.ordo.projects.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProjectsIntegrationTest
class ProjectLifecycleIT {

    @LocalServerPort
    int port;

    Api api;
    Fixtures fixtures;
    TestUser ann;

    @BeforeEach
    void setUp() {
        api = Api.on(port);
        fixtures = new Fixtures(api);
        ann = TestUser.fresh();
    }

    @Test
    void a_new_project_belongs_to_its_creator_with_the_defaults_filled_in() {
        Api.Response created = api.post("/api/v1/projects", ann.token(), Map.of("name", "  Garden  "));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode project = created.json();
        assertThat(created.header("Location"))
                .hasValue("/api/v1/projects/" + project.get("id").asString());
        assertThat(project.get("name").asString()).isEqualTo("Garden");
        assertThat(project.get("description").isNull()).isTrue();
        assertThat(project.get("color").asString()).isEqualTo("charcoal");
        assertThat(project.get("parentId").isNull()).isTrue();
        assertThat(project.get("favorite").asBoolean()).isFalse();
        assertThat(project.get("inbox").asBoolean()).isFalse();
        assertThat(project.get("archived").asBoolean()).isFalse();
        assertThat(project.get("role").asString()).isEqualTo("owner");
        assertThat(project.get("ownerId").asString()).isEqualTo(ann.id().toString());
        assertThat(project.get("createdAt").asString()).endsWith("Z");
        assertThat(project.get("updatedAt").asString())
                .isEqualTo(project.get("createdAt").asString());
    }

    @Test
    void a_project_is_created_with_all_its_fields_and_read_back_the_same() {
        Api.Response created = api.post(
                "/api/v1/projects",
                ann.token(),
                Map.of("name", "Trip", "description", "Summer in the Alps", "color", "sky_blue", "favorite", true));
        String id = created.field("id");

        Api.Response read = api.get("/api/v1/projects/" + id, ann.token());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(read.field("description")).isEqualTo("Summer in the Alps");
        assertThat(read.field("color")).isEqualTo("sky_blue");
        assertThat(read.json().get("favorite").asBoolean()).isTrue();
    }

    @Test
    void someone_who_is_not_a_member_is_told_the_project_does_not_exist() {
        UUID project = fixtures.createProject(ann);
        TestUser stranger = TestUser.fresh();

        for (Api.Response response : List.of(
                api.get("/api/v1/projects/" + project, stranger.token()),
                api.patch("/api/v1/projects/" + project, stranger.token(), Map.of("favorite", true)),
                api.delete("/api/v1/projects/" + project, stranger.token()),
                api.get("/api/v1/projects/" + UUID.randomUUID(), ann.token()))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void my_projects_come_page_by_page_in_creation_order_without_archived_ones() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(fixtures.createProject(ann, "P" + i, null).toString());
        }
        UUID archived = fixtures.createProject(ann);
        assertThat(api.post("/api/v1/projects/" + archived + "/archive", ann.token())
                        .status())
                .isEqualTo(200);
        fixtures.createProject(TestUser.fresh()); // someone else's

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page =
                    api.get("/api/v1/projects?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), ann.token());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
            cursor = page.field("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(pages).isEqualTo(3);
        Api.Response archivedOnes = api.get("/api/v1/projects?archived=true", ann.token());
        assertThat(archivedOnes.json().get("items"))
                .extracting(item -> item.get("id").asString())
                .containsExactly(archived.toString());
        assertThat(archivedOnes.json().get("nextCursor").isNull()).isTrue();
    }

    @Test
    void the_owner_changes_name_description_and_color_and_can_clear_the_description() {
        UUID project = fixtures.createProject(ann);

        Api.Response changed = api.patch(
                "/api/v1/projects/" + project,
                ann.token(),
                Map.of("name", "Renamed", "description", "Now with words", "color", "grape"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.field("name")).isEqualTo("Renamed");
        assertThat(changed.field("description")).isEqualTo("Now with words");
        assertThat(changed.field("color")).isEqualTo("grape");
        assertThat(changed.field("updatedAt")).isGreaterThan(changed.field("createdAt"));

        Api.Response cleared = api.patchJson("/api/v1/projects/" + project, ann.token(), "{\"description\": null}");
        assertThat(cleared.field("description")).isNull();
        assertThat(cleared.field("name")).isEqualTo("Renamed");
    }

    @Test
    void archiving_and_unarchiving_moves_a_project_between_the_two_lists() {
        UUID project = fixtures.createProject(ann);

        Api.Response archived = api.post("/api/v1/projects/" + project + "/archive", ann.token());
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().get("archived").asBoolean()).isTrue();
        assertThat(idsOf(api.get("/api/v1/projects", ann.token()))).doesNotContain(project.toString());

        Api.Response unarchived = api.post("/api/v1/projects/" + project + "/unarchive", ann.token());
        assertThat(unarchived.json().get("archived").asBoolean()).isFalse();
        assertThat(idsOf(api.get("/api/v1/projects", ann.token()))).contains(project.toString());
    }

    @Test
    void a_deleted_project_is_gone() {
        UUID project = fixtures.createProject(ann);

        assertThat(api.delete("/api/v1/projects/" + project, ann.token()).status())
                .isEqualTo(204);

        assertThat(api.get("/api/v1/projects/" + project, ann.token()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/projects/" + project, ann.token()).status())
                .isEqualTo(404);
    }

    @Test
    void a_role_or_owner_in_the_body_is_refused_and_changes_nothing() {
        Map<String, Object> forged = new HashMap<>(Map.of(
                "name", "Mine", "role", "owner", "ownerId", UUID.randomUUID().toString()));
        Api.Response refused = api.post("/api/v1/projects", ann.token(), forged);
        assertThat(refused.status()).isEqualTo(400);
        // the platform's strict JSON names the first unknown field it meets, and what is accepted instead
        assertThat(refused.field("detail"))
                .containsPattern("Unknown field '(ownerId|role)'")
                .contains("Accepted are color, description, favorite, name and parentId");
        assertThat(idsOf(api.get("/api/v1/projects", ann.token()))).isEmpty();

        UUID project = fixtures.createProject(ann);
        TestUser viewer = fixtures.memberWithRole(project, ann, "viewer");
        Api.Response promoted = api.patch(
                "/api/v1/projects/" + project,
                viewer.token(),
                Map.of("role", "owner", "ownerId", viewer.id().toString()));
        assertThat(promoted.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/projects/" + project, viewer.token()).field("role"))
                .isEqualTo("viewer");
        assertThat(api.get("/api/v1/projects/" + project, viewer.token()).field("ownerId"))
                .isEqualTo(ann.id().toString());
    }

    @Test
    void bad_input_is_a_400_problem_naming_what_is_wrong() {
        UUID project = fixtures.createProject(ann);
        assertBadRequest(api.post("/api/v1/projects", ann.token(), Map.of("name", "   ")));
        assertBadRequest(api.post("/api/v1/projects", ann.token(), Map.of("name", "x".repeat(121))));
        assertBadRequest(
                api.post("/api/v1/projects", ann.token(), Map.of("name", "ok", "description", "d".repeat(2001))));
        assertBadRequest(api.post("/api/v1/projects", ann.token(), Map.of("name", "ok", "color", "pink")));
        assertBadRequest(api.postJson("/api/v1/projects", ann.token(), "{\"name\": 42}"));
        assertBadRequest(api.postJson("/api/v1/projects", ann.token(), "{\"name\": \"ok\", \"favorite\": \"yes\"}"));
        assertBadRequest(api.postJson("/api/v1/projects", ann.token(), "{\"name\": \"ok\", \"parentId\": \"nope\"}"));
        assertBadRequest(api.postJson("/api/v1/projects", ann.token(), "{\"name\": "));
        assertBadRequest(api.patchJson("/api/v1/projects/" + project, ann.token(), "{\"name\": null}"));
        assertBadRequest(api.patchJson("/api/v1/projects/" + project, ann.token(), "{\"name\": \"\"}"));
        assertBadRequest(api.patch("/api/v1/projects/" + project, ann.token(), Map.of("color", "pink")));
        assertBadRequest(api.get("/api/v1/projects/not-a-uuid", ann.token()));
        assertBadRequest(api.get("/api/v1/projects?limit=0", ann.token()));
        assertBadRequest(api.get("/api/v1/projects?limit=201", ann.token()));
        assertBadRequest(api.get("/api/v1/projects?limit=ten", ann.token()));
        assertBadRequest(api.get("/api/v1/projects?cursor=garbage", ann.token()));
        assertBadRequest(api.get("/api/v1/projects?archived=maybe", ann.token()));
    }

    @Test
    void without_a_valid_token_nothing_is_answered() {
        assertThat(api.get("/api/v1/projects", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/projects", "not.a.jwt").status()).isEqualTo(401);
        assertThat(api.get(
                                "/api/v1/projects",
                                dev.ordo.testsupport.TestJwks.get().expiredTokenFor(ann.id()))
                        .status())
                .isEqualTo(401);
    }

    private static List<String> idsOf(Api.Response page) {
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static void assertBadRequest(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().has("requestId")).isTrue();
        assertThat(response.body()).doesNotContain("Exception", "tools.jackson", "org.springframework");
    }
}
