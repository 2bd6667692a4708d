package dev.ordo.platform.memberships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.events.ReplayableReadModel;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.testsupport.OrdoIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The memberships module in a service of its own, on PostgreSQL and an embedded broker: the replica built from
 * the projects service's events, the access check read from it, and the service told of deletions and
 * removals once. Every project is fresh; with one partition, a later event of any project being applied means
 * every earlier one was handled (the marker).
 */
@OrdoIntegrationTest
class MembershipsIntegrationTest {

    @Autowired
    ProjectMemberships memberships;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<ReplayableReadModel> readModels;

    final UUID ada = UUID.randomUUID();
    final UUID bob = UUID.randomUUID();

    @Test
    void members_read_writers_write_a_viewer_is_forbidden_and_a_stranger_finds_nothing() {
        UUID project = UUID.randomUUID();
        send(ProjectEvents.PROJECT_CREATED, project, 1, created(project, false));
        send(ProjectEvents.MEMBER_ADDED, project, 2, new ProjectEvents.MemberAdded(project, ada, "owner", "created"));
        send(
                ProjectEvents.MEMBER_ADDED,
                project,
                3,
                new ProjectEvents.MemberAdded(project, bob, "viewer", "invitation"));
        awaitRole(project, bob, ProjectRole.VIEWER);

        assertThat(memberships.requireWrite(project, ada, "No such project.", "Viewers cannot."))
                .isEqualTo(ProjectRole.OWNER);
        assertThat(memberships.requireRead(project, bob, "No such project.")).isEqualTo(ProjectRole.VIEWER);
        assertThatThrownBy(() -> memberships.requireWrite(project, bob, "No such project.", "Viewers cannot."))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("Viewers cannot.");
        assertThatThrownBy(() -> memberships.requireRead(project, UUID.randomUUID(), "No such project."))
                .isInstanceOf(NotFound.class)
                .hasMessageContaining("No such project.");
        assertThat(memberships.visibleProjects(bob)).containsExactly(project);
    }

    @Test
    void an_archived_project_is_no_longer_visible_though_its_members_still_read_it() {
        UUID project = UUID.randomUUID();
        send(ProjectEvents.PROJECT_CREATED, project, 1, created(project, false));
        send(ProjectEvents.MEMBER_ADDED, project, 2, new ProjectEvents.MemberAdded(project, ada, "owner", "created"));
        send(ProjectEvents.PROJECT_ARCHIVED, project, 3, new ProjectEvents.ProjectArchived(state(project, true)));
        await().atMost(Duration.ofSeconds(30)).until(() -> memberships.archived(project));

        assertThat(memberships.visibleProjects(ada)).doesNotContain(project);
        assertThat(memberships.role(project, ada)).contains(ProjectRole.OWNER);
    }

    @Test
    void the_projects_name_is_kept_from_its_creation_and_follows_a_rename() {
        UUID project = UUID.randomUUID();
        send(ProjectEvents.PROJECT_CREATED, project, 1, created(project, false));
        await().atMost(Duration.ofSeconds(30)).until(() -> memberships.name(project), Optional.of("Garden")::equals);

        send(
                ProjectEvents.PROJECT_UPDATED,
                project,
                2,
                new ProjectEvents.ProjectUpdated(
                        new ProjectEvents.ProjectState(project, "Orchard", null, "green", null, false, false, ada),
                        List.of("name")));

        await().atMost(Duration.ofSeconds(30)).until(() -> memberships.name(project), Optional.of("Orchard")::equals);
        assertThat(memberships.name(UUID.randomUUID())).isEmpty();

        send(ProjectEvents.PROJECT_CREATED, project, 1, created(project, false)); // late: older than the rename
        marker();
        assertThat(jdbc.sql("select kind from membership_effect where project_id = :p order by kind")
                        .param("p", project)
                        .query(String.class)
                        .list())
                .as("the service is told of each change the replica took, not of an older one")
                .containsExactly("project-changed:Garden", "project-changed:Orchard");
    }

    @Test
    void a_removal_that_overtakes_the_addition_keeps_the_member_out_and_an_old_role_change_rolls_nothing_back() {
        UUID project = UUID.randomUUID();
        send(ProjectEvents.MEMBER_ADDED, project, 1, new ProjectEvents.MemberAdded(project, ada, "owner", "created"));
        send(ProjectEvents.MEMBER_REMOVED, project, 4, new ProjectEvents.MemberRemoved(project, bob, "member", "left"));
        send(
                ProjectEvents.MEMBER_ADDED,
                project,
                2,
                new ProjectEvents.MemberAdded(project, bob, "member", "invitation"));
        send(
                ProjectEvents.MEMBER_ROLE_CHANGED,
                project,
                6,
                new ProjectEvents.MemberRoleChanged(project, ada, "owner", "admin"));
        send(
                ProjectEvents.MEMBER_ROLE_CHANGED,
                project,
                5,
                new ProjectEvents.MemberRoleChanged(project, ada, "member", "owner"));
        marker();

        assertThat(memberships.role(project, bob))
                .as("the removal (4) is newer than the addition (2)")
                .isEmpty();
        assertThat(memberships.role(project, ada)).contains(ProjectRole.ADMIN);
        assertThat(effects("member-removed", project))
                .as("told of the removal, though the addition it overtook was never held")
                .isEqualTo(1);
    }

    @Test
    void a_deleted_project_is_told_to_the_service_once_while_its_members_are_known_and_never_returns() {
        UUID project = UUID.randomUUID();
        send(ProjectEvents.PROJECT_CREATED, project, 1, created(project, false));
        send(ProjectEvents.MEMBER_ADDED, project, 2, new ProjectEvents.MemberAdded(project, ada, "owner", "created"));
        send(
                ProjectEvents.MEMBER_ADDED,
                project,
                3,
                new ProjectEvents.MemberAdded(project, bob, "member", "invitation"));
        EventEnvelope<ProjectEvents.ProjectDeleted> deleted =
                envelope(ProjectEvents.PROJECT_DELETED, project, 4, new ProjectEvents.ProjectDeleted(project));

        send(ProjectEvents.PROJECT_DELETED.topic(), deleted);
        send(ProjectEvents.PROJECT_DELETED.topic(), deleted); // at least once: the same message again
        send(ProjectEvents.PROJECT_DELETED, project, 4, new ProjectEvents.ProjectDeleted(project)); // or anew
        send(ProjectEvents.MEMBER_ADDED, project, 5, new ProjectEvents.MemberAdded(project, bob, "member", "late"));
        send(
                ProjectEvents.PROJECT_UPDATED,
                project,
                6,
                new ProjectEvents.ProjectUpdated(state(project, false), List.of()));
        marker();

        assertThat(jdbc.sql("select members from membership_effect where kind = 'project-deleted' and project_id = :p")
                        .param("p", project)
                        .query(Integer.class)
                        .list())
                .as("told once, with its two members still known")
                .containsExactly(2);
        assertThat(memberships.members(project)).isEmpty();
        assertThat(memberships.visibleProjects(bob)).doesNotContain(project);
        assertThat(count("select count(*) from project_replica where id = :p", project))
                .isZero();
        assertThat(count("select count(*) from project_tombstone where project_id = :p", project))
                .isEqualTo(1);
    }

    @Test
    void a_removed_member_is_told_to_the_service_once_and_loses_access_at_once() {
        UUID project = UUID.randomUUID();
        send(ProjectEvents.MEMBER_ADDED, project, 1, new ProjectEvents.MemberAdded(project, ada, "owner", "created"));
        send(
                ProjectEvents.MEMBER_ADDED,
                project,
                2,
                new ProjectEvents.MemberAdded(project, bob, "member", "invitation"));
        awaitRole(project, bob, ProjectRole.MEMBER);

        send(
                ProjectEvents.MEMBER_REMOVED,
                project,
                3,
                new ProjectEvents.MemberRemoved(project, bob, "member", "removed"));
        send(
                ProjectEvents.MEMBER_REMOVED,
                project,
                3,
                new ProjectEvents.MemberRemoved(project, bob, "member", "removed"));
        marker();

        assertThat(memberships.role(project, bob)).isEmpty();
        assertThat(effects("member-removed", project)).isEqualTo(1);
    }

    @Test
    void the_replica_is_a_replayable_read_model_whose_reset_keeps_the_tombstones() {
        UUID project = UUID.randomUUID();
        send(ProjectEvents.MEMBER_ADDED, project, 1, new ProjectEvents.MemberAdded(project, ada, "owner", "created"));
        send(ProjectEvents.MEMBER_REMOVED, project, 2, new ProjectEvents.MemberRemoved(project, bob, "member", "left"));
        marker();
        ReplayableReadModel replica = readModels.stream()
                .filter(model -> model.name().equals("memberships-replica"))
                .findFirst()
                .orElseThrow();

        replica.reset();

        assertThat(memberships.role(project, ada)).isEmpty();
        assertThat(count("select count(*) from membership_tombstone where project_id = :p", project))
                .isEqualTo(1);
    }

    @Test
    void the_tables_a_service_made_itself_are_adopted_by_the_platforms_migration() {
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'membership'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select script from flyway_platform_history where script like '%memberships%'")
                        .query(String.class)
                        .list())
                .containsExactly("V4__memberships_replica.sql");
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'project_replica' "
                                + "and column_name = 'name'")
                        .query(Long.class)
                        .single())
                .as("V5 added the name")
                .isEqualTo(1);
    }

    /** A fresh project with one member, awaited: every event sent before it has been handled. */
    private void marker() {
        UUID project = UUID.randomUUID();
        send(ProjectEvents.MEMBER_ADDED, project, 1, new ProjectEvents.MemberAdded(project, ada, "owner", "created"));
        awaitRole(project, ada, ProjectRole.OWNER);
    }

    private void awaitRole(UUID project, UUID user, ProjectRole role) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> memberships.role(project, user), Optional.of(role)::equals);
    }

    private long effects(String kind, UUID project) {
        return jdbc.sql("select count(*) from membership_effect where kind = :k and project_id = :p")
                .param("k", kind)
                .param("p", project)
                .query(Long.class)
                .single();
    }

    private long count(String sql, UUID project) {
        return jdbc.sql(sql).param("p", project).query(Long.class).single();
    }

    private ProjectEvents.ProjectCreated created(UUID project, boolean archived) {
        return new ProjectEvents.ProjectCreated(state(project, archived));
    }

    private ProjectEvents.ProjectState state(UUID project, boolean archived) {
        return new ProjectEvents.ProjectState(project, "Garden", null, "green", null, false, archived, ada);
    }

    private <T> void send(EventType<T> type, UUID project, long version, T data) {
        send(type.topic(), envelope(type, project, version, data));
    }

    private <T> EventEnvelope<T> envelope(EventType<T> type, UUID project, long version, T data) {
        return new EventEnvelope<>(
                UUID.randomUUID(),
                "ordo/projects",
                type.name(),
                type.version(),
                Instant.now(),
                project.toString(),
                version,
                ada.toString(),
                data);
    }

    private void send(String topic, EventEnvelope<?> envelope) {
        try {
            kafka.send(topic, envelope.subject(), codec.encode(envelope)).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + envelope.type(), e);
        }
    }
}
