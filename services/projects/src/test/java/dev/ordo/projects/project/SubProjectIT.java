package dev.ordo.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.projects.support.Fixtures;
import dev.ordo.projects.support.ProjectsIntegrationTest;
import dev.ordo.projects.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProjectsIntegrationTest
class SubProjectIT {

    @LocalServerPort
    int port;

    @Autowired
    InboxService inboxes;

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
    void projects_nest_four_levels_deep_and_no_deeper() {
        UUID level1 = fixtures.createProject(ann);
        UUID level2 = fixtures.createProject(ann, "L2", level1);
        UUID level3 = fixtures.createProject(ann, "L3", level2);
        UUID level4 = fixtures.createProject(ann, "L4", level3);

        Api.Response tooDeep = create("L5", level4);

        assertThat(api.get("/api/v1/projects/" + level4, ann.token()).field("parentId"))
                .isEqualTo(level3.toString());
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.field("detail")).contains("4 levels");
    }

    @Test
    void a_project_cannot_be_moved_under_itself_or_its_own_sub_projects() {
        UUID top = fixtures.createProject(ann);
        UUID child = fixtures.createProject(ann, "Child", top);
        UUID grandchild = fixtures.createProject(ann, "Grandchild", child);

        for (UUID under : new UUID[] {top, child, grandchild}) {
            Api.Response cycle = move(top, under);
            assertThat(cycle.status()).as(cycle.toString()).isEqualTo(400);
            assertThat(cycle.field("detail")).contains("cycle");
        }
        assertThat(api.get("/api/v1/projects/" + top, ann.token()).field("parentId"))
                .isNull();
    }

    @Test
    void a_subtree_moves_only_where_it_stays_within_four_levels() {
        UUID a = fixtures.createProject(ann);
        UUID b = fixtures.createProject(ann, "B", a);
        UUID c = fixtures.createProject(ann, "C", b);
        UUID x = fixtures.createProject(ann);
        fixtures.createProject(ann, "Y", x);

        assertThat(move(x, c).status()).isEqualTo(400); // x at level 4, its child at 5
        Api.Response moved = move(x, b); // x at level 3, its child at 4

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.field("parentId")).isEqualTo(b.toString());
    }

    @Test
    void parent_id_null_moves_a_sub_project_to_the_top_level() {
        UUID top = fixtures.createProject(ann);
        UUID child = fixtures.createProject(ann, "Child", top);

        Api.Response moved = api.patchJson("/api/v1/projects/" + child, ann.token(), "{\"parentId\": null}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.field("parentId")).isNull();
    }

    @Test
    void the_inbox_is_neither_a_parent_nor_a_child() {
        inboxes.createFor(ann.id());
        UUID inbox = inboxOf(ann);
        UUID other = fixtures.createProject(ann);

        assertThat(create("Under the Inbox", inbox).status()).isEqualTo(409);
        assertThat(move(other, inbox).status()).isEqualTo(409);
        assertThat(move(inbox, other).status()).isEqualTo(409);
    }

    @Test
    void the_parent_must_be_a_project_i_administer() {
        TestUser bo = TestUser.fresh();
        UUID bosProject = fixtures.createProject(bo);
        UUID whereIAmViewer = fixtures.createProject(bo);
        fixtures.join(whereIAmViewer, bo, ann, "viewer");
        UUID whereIAmAdmin = fixtures.createProject(bo);
        fixtures.join(whereIAmAdmin, bo, ann, "admin");
        UUID mine = fixtures.createProject(ann);

        assertThat(create("x", bosProject).status()).isEqualTo(404);
        assertThat(create("x", UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(create("x", whereIAmViewer).status()).isEqualTo(403);
        assertThat(move(mine, bosProject).status()).isEqualTo(404);
        assertThat(move(mine, whereIAmViewer).status()).isEqualTo(403);
        Api.Response underAdmin = create("Mine, under Bo's", whereIAmAdmin);
        assertThat(underAdmin.status()).isEqualTo(201);
        assertThat(underAdmin.field("ownerId")).isEqualTo(ann.id().toString());
        assertThat(move(mine, whereIAmAdmin).status()).isEqualTo(200);
    }

    @Test
    void deleting_a_project_deletes_its_sub_projects() {
        UUID top = fixtures.createProject(ann);
        UUID child = fixtures.createProject(ann, "Child", top);
        UUID grandchild = fixtures.createProject(ann, "Grandchild", child);
        UUID unrelated = fixtures.createProject(ann);

        assertThat(api.delete("/api/v1/projects/" + top, ann.token()).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/projects/" + child, ann.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/projects/" + grandchild, ann.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/projects/" + unrelated, ann.token()).status())
                .isEqualTo(200);
    }

    @Test
    void archiving_takes_the_sub_projects_along_and_unarchiving_brings_them_back() {
        UUID top = fixtures.createProject(ann);
        UUID child = fixtures.createProject(ann, "Child", top);
        UUID grandchild = fixtures.createProject(ann, "Grandchild", child);

        assertThat(api.post("/api/v1/projects/" + top + "/archive", ann.token()).status())
                .isEqualTo(200);
        assertThat(archived(child)).isTrue();
        assertThat(archived(grandchild)).isTrue();
        assertThat(create("Under archived", child).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/projects/" + child + "/unarchive", ann.token())
                        .status())
                .isEqualTo(409);

        assertThat(api.post("/api/v1/projects/" + top + "/unarchive", ann.token())
                        .status())
                .isEqualTo(200);
        assertThat(archived(child)).isFalse();
        assertThat(archived(grandchild)).isFalse();
    }

    private Api.Response create(String name, UUID parentId) {
        return api.post("/api/v1/projects", ann.token(), Map.of("name", name, "parentId", parentId.toString()));
    }

    private Api.Response move(UUID project, UUID parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parent.toString());
        return api.patch("/api/v1/projects/" + project, ann.token(), body);
    }

    private boolean archived(UUID project) {
        return api.get("/api/v1/projects/" + project, ann.token())
                .json()
                .get("archived")
                .asBoolean();
    }

    private UUID inboxOf(TestUser user) {
        for (var item :
                api.get("/api/v1/projects?limit=200", user.token()).json().get("items")) {
            if (item.get("inbox").asBoolean()) {
                return UUID.fromString(item.get("id").asString());
            }
        }
        throw new AssertionError("no Inbox");
    }
}
