package dev.ordo.tasks.replication;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.Topics;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.TopicProbe;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the projects service's events do here, seen through the API and the events the service publishes. */
class ProjectEventsIT extends IntegrationTestBase {

    @Test
    void a_deleted_project_takes_its_tasks_and_sections_along_each_announced_as_deleted() {
        TestUser ann = world.user();
        TestUser bo = world.user();
        UUID doomed = world.project(ann, "Doomed");
        world.join(doomed, bo, "member");
        UUID parent = world.task(ann, doomed, "parent");
        UUID child = world.subtask(ann, parent, "child");
        String section = api.post("/api/v1/sections", ann.token(), body("projectId", doomed, "name", "S"))
                .id();

        world.deleteProject(doomed, ann, List.of(bo));

        assertThat(api.get("/api/v1/tasks/" + parent, ann.token()).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from task where project_id = :p")
                        .param("p", doomed)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from section where project_id = :p")
                        .param("p", doomed)
                        .query(Long.class)
                        .single())
                .isZero();
        try (TopicProbe tasks = TopicProbe.of(broker.getBrokersAsString(), TaskEvents.TASK_DELETED);
                TopicProbe sections = TopicProbe.of(broker.getBrokersAsString(), TaskEvents.SECTION_DELETED)) {
            for (UUID id : List.of(parent, child)) {
                EventEnvelope<TaskEvents.TaskDeleted> deleted = tasks.awaitEnvelope(
                        TaskEvents.TASK_DELETED, event -> event.data().taskId().equals(id));
                assertThat(deleted.data().reason()).isEqualTo("project-deleted");
                assertThat(deleted.data().projectId()).isEqualTo(doomed);
                assertThat(deleted.actor()).isEqualTo(ann.id().toString());
            }
            TaskEvents.SectionDeleted deleted = sections.awaitEvent(
                    TaskEvents.SECTION_DELETED,
                    event -> event.sectionId().toString().equals(section));
            assertThat(deleted.projectId()).isEqualTo(doomed);
        }
    }

    @Test
    void a_removed_member_loses_the_project_and_their_tasks_there_are_unassigned() {
        TestUser ann = world.user();
        TestUser bo = world.user();
        UUID project = world.project(ann, "Team");
        world.join(project, bo, "member");
        UUID task =
                UUID.fromString(world.task(ann, body("projectId", project, "title", "for bo", "assigneeId", bo.id()))
                        .get("id")
                        .asString());
        assertThat(api.get("/api/v1/tasks/" + task, bo.token()).status()).isEqualTo(200);

        world.removeMember(project, bo, "member", ann);

        assertThat(api.get("/api/v1/tasks/" + task, bo.token()).status()).isEqualTo(404);
        JsonNode unassigned = api.get("/api/v1/tasks/" + task, ann.token()).json();
        assertThat(unassigned.get("assigneeId").isNull()).isTrue();
        assertThat(unassigned.get("version").asLong()).isEqualTo(1);
        try (TopicProbe tasks = TopicProbe.of(broker.getBrokersAsString(), TaskEvents.TASK_ASSIGNED)) {
            TaskEvents.TaskAssigned assigned = tasks.awaitEvent(
                    TaskEvents.TASK_ASSIGNED, event -> event.task().taskId().equals(task));
            assertThat(assigned.reason()).isEqualTo("member-removed");
            assertThat(assigned.previousAssigneeId()).isEqualTo(bo.id());
            assertThat(assigned.task().assigneeId()).isNull();
        }
    }

    @Test
    void a_role_change_is_applied_and_an_event_delivered_again_is_not_applied_again() {
        TestUser ann = world.user();
        TestUser cy = world.user();
        UUID project = world.project(ann, "Roles");
        var added = world.publish(
                ProjectEvents.MEMBER_ADDED,
                project,
                cy.id(),
                new ProjectEvents.MemberAdded(project, cy.id(), "member", "invitation"));
        world.changeRole(project, cy, "member", "viewer");

        world.publish(Topics.PROJECTS_PROJECT, added);
        TestUser marker =
                world.memberOf(project, "member"); // read after the redelivery: once it shows, both were handled

        assertThat(api.post("/api/v1/tasks", marker.token(), body("projectId", project, "title", "m"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/tasks", cy.token(), body("projectId", project, "title", "again"))
                        .status())
                .as("still a viewer: the old member.added was not applied twice")
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from processed_event where event_id = :id")
                        .param("id", added.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_inbox_comes_from_project_created_with_inbox_true() {
        TestUser dee = world.user();
        world.project(dee, "Not the inbox");
        UUID inbox = world.inbox(dee);

        JsonNode task = world.task(dee, body("title", "where does it go?"));

        assertThat(task.get("projectId").asString()).isEqualTo(inbox.toString());
    }
}
