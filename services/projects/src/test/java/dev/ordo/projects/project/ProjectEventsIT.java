package dev.ordo.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.Topics;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.projects.support.Fixtures;
import dev.ordo.projects.support.ProjectsIntegrationTest;
import dev.ordo.projects.support.TestUser;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * What consumers see: every change of a project, its members and invitations, in order, on one topic
 * keyed by project. Folding the member events must give the membership the service itself holds.
 */
@ProjectsIntegrationTest
class ProjectEventsIT {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    Api api;
    Fixtures fixtures;
    TopicProbe topic;
    TestUser ann;
    TestUser bo;
    TestUser cy;

    @BeforeEach
    void setUp() {
        api = Api.on(port);
        fixtures = new Fixtures(api);
        topic = new TopicProbe(broker.getBrokersAsString(), Topics.PROJECTS_PROJECT);
        ann = TestUser.fresh();
        bo = TestUser.fresh();
        cy = TestUser.fresh();
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    @Test
    void a_projects_story_is_told_in_order_and_its_member_events_rebuild_its_membership() {
        UUID project = fixtures.createProject(ann, "Story", null);
        fixtures.join(project, ann, bo, "member");
        fixtures.join(project, ann, cy, "viewer");
        String dee = "dee-" + UUID.randomUUID() + "@example.test";
        fixtures.invite(project, ann, dee, "viewer");
        UUID replacing = fixtures.invite(project, ann, dee, "member");
        assertThat(api.delete("/api/v1/projects/" + project + "/invitations/" + replacing, ann.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.patch("/api/v1/projects/" + project, ann.token(), Map.of("name", "Saga"))
                        .status())
                .isEqualTo(200);
        assertThat(api.patch(
                                "/api/v1/projects/" + project + "/members/" + cy.id(),
                                ann.token(),
                                Map.of("role", "admin"))
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/projects/" + project + "/transfer",
                                ann.token(),
                                Map.of("userId", bo.id().toString()))
                        .status())
                .isEqualTo(200);
        assertThat(api.delete("/api/v1/projects/" + project + "/members/" + cy.id(), bo.token())
                        .status())
                .isEqualTo(204);
        TestUser eve = TestUser.fresh();
        UUID declined = fixtures.invite(project, bo, eve.email(), "member");
        assertThat(api.post("/api/v1/invitations/" + declined + "/reject", eve.token())
                        .status())
                .isEqualTo(204);
        fixtures.join(project, bo, eve, "viewer");
        assertThat(api.post("/api/v1/projects/" + project + "/leave", ann.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/projects/" + project + "/archive", bo.token())
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/projects/" + project + "/unarchive", bo.token())
                        .status())
                .isEqualTo(200);

        List<JsonNode> events = topic.awaitEventsOf(project.toString(), "project.unarchived");

        assertThat(events)
                .extracting(e -> e.get("type").asString())
                .containsExactly(
                        "project.created",
                        "member.added",
                        "invitation.created",
                        "invitation.accepted",
                        "member.added",
                        "invitation.created",
                        "invitation.accepted",
                        "member.added",
                        "invitation.created",
                        "invitation.revoked",
                        "invitation.created",
                        "invitation.revoked",
                        "project.updated",
                        "member.role-changed",
                        "member.role-changed",
                        "member.role-changed",
                        "member.removed",
                        "invitation.created",
                        "invitation.rejected",
                        "invitation.created",
                        "invitation.accepted",
                        "member.added",
                        "member.removed",
                        "project.archived",
                        "project.unarchived");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("subject").asString()).isEqualTo(project.toString());
            assertThat(e.get("source").asString()).isEqualTo("ordo/projects");
        });
        assertThat(events.get(0).get("actor").asString()).isEqualTo(ann.id().toString());
        assertThat(events.get(3).get("actor").asString()).isEqualTo(bo.id().toString());
        assertThat(events.get(1).at("/data/via").asString()).isEqualTo("created");
        assertThat(events.get(4).at("/data/via").asString()).isEqualTo("invitation");
        assertThat(events.get(9).at("/data/reason").asString()).isEqualTo("replaced");
        assertThat(events.get(11).at("/data/reason").asString()).isEqualTo("revoked");
        assertThat(events.get(12).at("/data/changedFields").get(0).asString()).isEqualTo("name");
        assertThat(events.get(14).at("/data/userId").asString())
                .isEqualTo(bo.id().toString());
        assertThat(events.get(14).at("/data/role").asString()).isEqualTo("owner");
        assertThat(events.get(15).at("/data/userId").asString())
                .isEqualTo(ann.id().toString());
        assertThat(events.get(15).at("/data/previousRole").asString()).isEqualTo("owner");
        assertThat(events.get(15).at("/data/role").asString()).isEqualTo("admin");
        assertThat(events.get(16).at("/data/reason").asString()).isEqualTo("removed");
        assertThat(events.get(22).at("/data/reason").asString()).isEqualTo("left");
        assertThat(events.getLast().at("/data/project/ownerId").asString())
                .isEqualTo(bo.id().toString());

        assertThat(fold(project))
                .isEqualTo(membershipInTheService(project, bo))
                .containsOnly(
                        Map.entry(bo.id().toString(), "owner"),
                        Map.entry(eve.id().toString(), "viewer"));
    }

    @Test
    void deleting_a_project_first_removes_every_member_then_the_project_and_its_sub_projects_alike() {
        UUID project = fixtures.createProject(ann, "Doomed", null);
        fixtures.join(project, ann, bo, "admin");
        UUID child = fixtures.createProject(bo, "Doomed child", project);

        assertThat(api.delete("/api/v1/projects/" + project, ann.token()).status())
                .isEqualTo(204);

        List<JsonNode> events = topic.awaitEventsOf(project.toString(), "project.deleted");
        assertThat(events)
                .extracting(e -> e.get("type").asString())
                .containsExactly(
                        "project.created",
                        "member.added",
                        "invitation.created",
                        "invitation.accepted",
                        "member.added",
                        "member.removed",
                        "member.removed",
                        "project.deleted");
        assertThat(events.subList(5, 7))
                .allSatisfy(e -> assertThat(e.at("/data/reason").asString()).isEqualTo("project-deleted"));
        assertThat(fold(project)).isEmpty();

        List<JsonNode> childEvents = topic.awaitEventsOf(child.toString(), "project.deleted");
        assertThat(childEvents)
                .extracting(e -> e.get("type").asString())
                .containsExactly("project.created", "member.added", "member.removed", "project.deleted");
        assertThat(childEvents.getFirst().at("/data/project/parentId").asString())
                .isEqualTo(project.toString());
    }

    /** A consumer's replica of the membership, built from nothing but the project's events. */
    private Map<String, String> fold(UUID project) {
        Map<String, String> roles = new HashMap<>();
        for (EventEnvelope<?> event : topic.eventsOf(project.toString(), ProjectEvents.ALL)) {
            switch (event.data()) {
                case ProjectEvents.MemberAdded added -> roles.put(added.userId().toString(), added.role());
                case ProjectEvents.MemberRoleChanged changed ->
                    roles.put(changed.userId().toString(), changed.role());
                case ProjectEvents.MemberRemoved removed ->
                    roles.remove(removed.userId().toString());
                case ProjectEvents.ProjectDeleted deleted -> roles.clear();
                default -> {}
            }
        }
        return roles;
    }

    private Map<String, String> membershipInTheService(UUID project, TestUser member) {
        Map<String, String> roles = new HashMap<>();
        api.get("/api/v1/projects/" + project + "/members?limit=200", member.token())
                .json()
                .get("items")
                .forEach(
                        m -> roles.put(m.get("userId").asString(), m.get("role").asString()));
        return roles;
    }
}
