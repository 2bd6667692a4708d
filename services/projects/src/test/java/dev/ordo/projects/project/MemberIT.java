package dev.ordo.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.projects.support.Fixtures;
import dev.ordo.projects.support.ProjectsIntegrationTest;
import dev.ordo.projects.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProjectsIntegrationTest
class MemberIT {

    @LocalServerPort
    int port;

    Api api;
    Fixtures fixtures;
    TestUser ann;
    UUID project;

    @BeforeEach
    void setUp() {
        api = Api.on(port);
        fixtures = new Fixtures(api);
        ann = TestUser.fresh();
        project = fixtures.createProject(ann);
    }

    @Test
    void members_are_listed_page_by_page_in_the_order_they_joined() {
        TestUser bo = fixtures.memberWithRole(project, ann, "admin");
        TestUser cy = fixtures.memberWithRole(project, ann, "viewer");

        Api.Response first = api.get(members() + "?limit=2", cy.token());
        Api.Response second = api.get(members() + "?limit=2&cursor=" + first.field("nextCursor"), cy.token());

        assertThat(rolesById(first))
                .containsExactly(
                        Map.entry(ann.id().toString(), "owner"),
                        Map.entry(bo.id().toString(), "admin"));
        assertThat(rolesById(second)).containsExactly(Map.entry(cy.id().toString(), "viewer"));
        assertThat(second.json().get("nextCursor").isNull()).isTrue();
        assertThat(first.json().get("items").get(0).get("joinedAt").asString()).endsWith("Z");
    }

    @Test
    void an_admin_changes_a_members_role() {
        TestUser admin = fixtures.memberWithRole(project, ann, "admin");
        TestUser cy = fixtures.memberWithRole(project, ann, "viewer");

        Api.Response changed = api.patch(members() + "/" + cy.id(), admin.token(), Map.of("role", "member"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.field("role")).isEqualTo("member");
        assertThat(changed.field("userId")).isEqualTo(cy.id().toString());
        assertThat(api.get("/api/v1/projects/" + project, cy.token()).field("role"))
                .isEqualTo("member");
    }

    @Test
    void nobody_makes_an_owner_or_changes_the_owners_role_except_by_transfer() {
        TestUser bo = fixtures.memberWithRole(project, ann, "admin");

        Api.Response toOwner = api.patch(members() + "/" + bo.id(), ann.token(), Map.of("role", "owner"));
        assertThat(toOwner.status()).isEqualTo(400);
        assertThat(toOwner.field("detail")).contains("transfer");
        assertThat(api.patch(members() + "/" + ann.id(), bo.token(), Map.of("role", "viewer"))
                        .status())
                .isEqualTo(409);
        assertThat(api.patch(members() + "/" + ann.id(), ann.token(), Map.of("role", "admin"))
                        .status())
                .isEqualTo(409);
        assertThat(api.patch(members() + "/" + bo.id(), ann.token(), Map.of("role", "boss"))
                        .status())
                .isEqualTo(400);
        assertThat(api.patch(members() + "/" + UUID.randomUUID(), ann.token(), Map.of("role", "viewer"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_removed_member_no_longer_sees_the_project_and_the_owner_cannot_be_removed() {
        TestUser admin = fixtures.memberWithRole(project, ann, "admin");
        TestUser cy = fixtures.memberWithRole(project, ann, "member");

        assertThat(api.delete(members() + "/" + cy.id(), admin.token()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/projects/" + project, cy.token()).status()).isEqualTo(404);
        assertThat(api.delete(members() + "/" + cy.id(), admin.token()).status())
                .isEqualTo(404);
        assertThat(api.delete(members() + "/" + ann.id(), admin.token()).status())
                .isEqualTo(409);
        assertThat(api.delete(members() + "/" + ann.id(), ann.token()).status()).isEqualTo(409);
    }

    @Test
    void members_may_leave_but_the_owner_must_transfer_first() {
        TestUser bo = fixtures.memberWithRole(project, ann, "member");

        assertThat(api.post("/api/v1/projects/" + project + "/leave", bo.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/projects/" + project, bo.token()).status()).isEqualTo(404);
        Api.Response ownerLeaves = api.post("/api/v1/projects/" + project + "/leave", ann.token());
        assertThat(ownerLeaves.status()).isEqualTo(409);
        assertThat(ownerLeaves.field("detail")).contains("transfer");
    }

    @Test
    void transferring_makes_the_member_the_one_owner_and_the_old_owner_an_admin() {
        TestUser bo = fixtures.memberWithRole(project, ann, "viewer");

        Api.Response transferred = api.post(
                "/api/v1/projects/" + project + "/transfer",
                ann.token(),
                Map.of("userId", bo.id().toString()));

        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        assertThat(transferred.field("role")).isEqualTo("admin");
        assertThat(transferred.field("ownerId")).isEqualTo(bo.id().toString());
        assertThat(rolesById(api.get(members(), bo.token())))
                .containsOnly(
                        Map.entry(ann.id().toString(), "admin"),
                        Map.entry(bo.id().toString(), "owner"));
        assertThat(api.post("/api/v1/projects/" + project + "/leave", ann.token())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void a_transfer_goes_only_to_another_member() {
        TestUser stranger = TestUser.fresh();

        assertThat(api.post(
                                "/api/v1/projects/" + project + "/transfer",
                                ann.token(),
                                Map.of("userId", stranger.id().toString()))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/projects/" + project + "/transfer",
                                ann.token(),
                                Map.of("userId", ann.id().toString()))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/projects/" + project + "/transfer", ann.token(), Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/projects/" + project, ann.token()).field("role"))
                .isEqualTo("owner");
    }

    @Test
    void favorite_is_each_members_own() {
        TestUser viewer = fixtures.memberWithRole(project, ann, "viewer");

        Api.Response starred = api.patch("/api/v1/projects/" + project, viewer.token(), Map.of("favorite", true));

        assertThat(starred.status()).isEqualTo(200);
        assertThat(starred.json().get("favorite").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/projects/" + project, ann.token())
                        .json()
                        .get("favorite")
                        .asBoolean())
                .isFalse();
        assertThat(api.patch("/api/v1/projects/" + project, viewer.token(), Map.of("favorite", true, "name", "x"))
                        .status())
                .isEqualTo(403);
    }

    private String members() {
        return "/api/v1/projects/" + project + "/members";
    }

    private static Map<String, String> rolesById(Api.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Map<String, String> roles = new LinkedHashMap<>();
        List<JsonNode> items = new ArrayList<>();
        page.json().get("items").forEach(items::add);
        items.forEach(m -> roles.put(m.get("userId").asString(), m.get("role").asString()));
        return roles;
    }
}
