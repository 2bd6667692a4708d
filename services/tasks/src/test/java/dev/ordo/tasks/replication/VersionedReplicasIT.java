package dev.ordo.tasks.replication;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.Topics;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.platform.events.ReplayEndpoint;
import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9: the replicas apply an event only if it is newer than what they hold, so a late, replayed or
 * reordered event cannot give back access that was taken away.
 */
class VersionedReplicasIT extends IntegrationTestBase {

    @Autowired
    ReplayEndpoint replay;

    @Test
    void a_member_added_replayed_after_the_member_was_removed_does_not_bring_them_back() {
        TestUser ann = world.user();
        TestUser bo = world.user();
        UUID project = world.project(ann, "Team");
        EventEnvelope<ProjectEvents.MemberAdded> added = world.publish(
                ProjectEvents.MEMBER_ADDED,
                project,
                ann.id(),
                new ProjectEvents.MemberAdded(project, bo.id(), "member", "invitation"));
        await().until(() -> role(project, bo) != null);
        world.removeMember(project, bo, "member", ann);

        // the same event again, after its processed mark was pruned (or from a dead-letter replay)
        world.publish(Topics.PROJECTS_PROJECT, sameEventNewId(added));
        awaitAllApplied(List.of(
                world.publish(ProjectEvents.PROJECT_UPDATED, project, ann.id(), updated(project, "Marker", ann))));

        assertThat(role(project, bo)).isNull();
        assertThat(api.post("/api/v1/tasks", bo.token(), body("projectId", project, "title", "sneaky"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_project_updated_after_the_project_was_deleted_does_not_resurrect_it() {
        TestUser ann = world.user();
        UUID project = world.project(ann, "Doomed");
        EventEnvelope<ProjectEvents.ProjectUpdated> late =
                world.envelope(ProjectEvents.PROJECT_UPDATED, project, ann.id(), updated(project, "Renamed late", ann));
        world.deleteProject(project, ann, List.of());

        world.publish(Topics.PROJECTS_PROJECT, late);
        EventEnvelope<ProjectEvents.MemberAdded> lateAdd = world.publish(
                ProjectEvents.MEMBER_ADDED,
                project,
                ann.id(),
                new ProjectEvents.MemberAdded(project, ann.id(), "owner", "created"));
        awaitAllApplied(List.of(late, lateAdd));

        assertThat(count("select count(*) from project_replica where id = :p", project))
                .isZero();
        assertThat(count("select count(*) from membership where project_id = :p", project))
                .isZero();
        assertThat(api.post("/api/v1/tasks", ann.token(), body("projectId", project, "title", "ghost"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_shuffled_stream_of_a_projects_events_leaves_the_replica_as_the_last_versions_say() {
        TestUser ann = world.user();
        TestUser bo = world.user();
        TestUser cy = world.user();
        UUID project = UUID.randomUUID();
        List<EventEnvelope<?>> story = new ArrayList<>(List.of(
                world.envelope(
                        ProjectEvents.PROJECT_CREATED,
                        project,
                        ann.id(),
                        new ProjectEvents.ProjectCreated(state(project, "First", false, ann))),
                world.envelope(
                        ProjectEvents.MEMBER_ADDED,
                        project,
                        ann.id(),
                        new ProjectEvents.MemberAdded(project, ann.id(), "owner", "created")),
                world.envelope(
                        ProjectEvents.MEMBER_ADDED,
                        project,
                        ann.id(),
                        new ProjectEvents.MemberAdded(project, bo.id(), "admin", "invitation")),
                world.envelope(
                        ProjectEvents.MEMBER_ADDED,
                        project,
                        ann.id(),
                        new ProjectEvents.MemberAdded(project, cy.id(), "member", "invitation")),
                world.envelope(
                        ProjectEvents.MEMBER_ROLE_CHANGED,
                        project,
                        ann.id(),
                        new ProjectEvents.MemberRoleChanged(project, bo.id(), "admin", "viewer")),
                world.envelope(ProjectEvents.PROJECT_UPDATED, project, ann.id(), updated(project, "Second", ann)),
                world.envelope(
                        ProjectEvents.MEMBER_REMOVED,
                        project,
                        ann.id(),
                        new ProjectEvents.MemberRemoved(project, cy.id(), "member", "removed")),
                world.envelope(
                        ProjectEvents.PROJECT_ARCHIVED,
                        project,
                        ann.id(),
                        new ProjectEvents.ProjectArchived(state(project, "Second", true, ann)))));
        Collections.shuffle(story, new Random(9));

        story.forEach(event -> world.publish(Topics.PROJECTS_PROJECT, event));
        awaitAllApplied(story);

        assertThat(jdbc.sql("select name, archived, version from project_replica where id = :p")
                        .param("p", project)
                        .query()
                        .singleRow())
                .isEqualTo(Map.of("name", "Second", "archived", true, "version", 8L));
        assertThat(role(project, ann)).isEqualTo("owner");
        assertThat(role(project, bo)).isEqualTo("viewer");
        assertThat(role(project, cy)).isNull();
    }

    @Test
    void a_wiped_replica_is_rebuilt_by_replaying_the_topics_from_the_first_event() {
        TestUser ann = world.user();
        TestUser bo = world.user();
        UUID project = world.project(ann, "Rebuilt");
        world.join(project, bo, "admin");
        UUID task = world.task(bo, project, "still mine");
        jdbc.sql("delete from membership where project_id = :p")
                .param("p", project)
                .update();
        jdbc.sql("delete from project_replica where id = :p")
                .param("p", project)
                .update();
        jdbc.sql("delete from user_replica where id = :u").param("u", bo.id()).update();
        assertThat(api.get("/api/v1/tasks/" + task, bo.token()).status()).isEqualTo(404);

        ReplayEndpoint.Replay result = replay.replay();

        assertThat(result.groups()).contains("tasks");
        assertThat(result.readModels()).contains("tasks-replicas");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(role(project, bo)).isEqualTo("admin");
            assertThat(count("select count(*) from user_replica where id = :p", bo.id()))
                    .isEqualTo(1);
        });
        assertThat(jdbc.sql("select name from project_replica where id = :p")
                        .param("p", project)
                        .query(String.class)
                        .single())
                .isEqualTo("Rebuilt");
        assertThat(api.get("/api/v1/tasks/" + task, bo.token()).status()).isEqualTo(200);
    }

    private static <T> EventEnvelope<T> sameEventNewId(EventEnvelope<T> e) {
        return new EventEnvelope<>(
                UUID.randomUUID(),
                e.source(),
                e.type(),
                e.dataVersion(),
                e.time(),
                e.subject(),
                e.aggregateVersion(),
                e.actor(),
                e.data());
    }

    private static ProjectEvents.ProjectUpdated updated(UUID project, String name, TestUser owner) {
        return new ProjectEvents.ProjectUpdated(state(project, name, false, owner), List.of("name"));
    }

    private static ProjectEvents.ProjectState state(UUID project, String name, boolean archived, TestUser owner) {
        return new ProjectEvents.ProjectState(project, name, null, "charcoal", null, false, archived, owner.id());
    }

    private void awaitAllApplied(List<? extends EventEnvelope<?>> events) {
        List<UUID> ids = events.stream().map(EventEnvelope::id).toList();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from processed_event where event_id in (:ids)")
                                .param("ids", ids)
                                .query(Long.class)
                                .single()
                        == ids.size());
    }

    private String role(UUID project, TestUser user) {
        return jdbc.sql("select role from membership where project_id = :p and user_id = :u")
                .param("p", project)
                .param("u", user.id())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("p", id).query(Long.class).single();
    }
}
