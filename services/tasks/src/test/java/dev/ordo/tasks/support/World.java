package dev.ordo.tasks.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.Upstream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The world around the tasks service, made the way the system makes it: identity and projects publish
 * their events to the (embedded) broker, and the service builds its replicas from them. Each method
 * waits until the service has taken the event in. Tasks are made through the API.
 */
public final class World {

    private final Api api;
    private final Upstream upstream;

    public World(Api api, KafkaTemplate<String, String> kafka, EventCodec codec, JdbcClient jdbc) {
        this.api = api;
        this.upstream = new Upstream(kafka, codec, jdbc);
    }

    /** A registered user in UTC. */
    public TestUser user() {
        return user("UTC");
    }

    /** A registered user living in this time zone. */
    public TestUser user(String zone) {
        TestUser user = TestUser.fresh();
        publish(
                IdentityEvents.USER_REGISTERED,
                user.id(),
                user.id(),
                new IdentityEvents.UserRegistered(
                        user.id(),
                        user.email(),
                        "User " + user.id().toString().substring(0, 4),
                        zone,
                        "en",
                        List.of("user"),
                        true));
        awaitTrue(() -> count(
                        "select count(*) from user_replica where id = :id and timezone = :zone",
                        Map.of("id", user.id(), "zone", zone))
                == 1);
        return user;
    }

    /** The user's Inbox, announced as the projects service announces it. */
    public UUID inbox(TestUser owner) {
        return project(owner, "Inbox", null, true);
    }

    public UUID project(TestUser owner) {
        return project(owner, "Project " + UUID.randomUUID().toString().substring(0, 8), null, false);
    }

    public UUID project(TestUser owner, String name) {
        return project(owner, name, null, false);
    }

    public UUID project(TestUser owner, String name, UUID parentId, boolean inbox) {
        UUID id = UUID.randomUUID();
        publish(
                ProjectEvents.PROJECT_CREATED,
                id,
                owner.id(),
                new ProjectEvents.ProjectCreated(new ProjectEvents.ProjectState(
                        id, name, null, "charcoal", parentId, inbox, false, owner.id())));
        publish(
                ProjectEvents.MEMBER_ADDED,
                id,
                owner.id(),
                new ProjectEvents.MemberAdded(id, owner.id(), ProjectEvents.OWNER, "created"));
        awaitMember(id, owner, ProjectEvents.OWNER);
        return id;
    }

    /** A fresh user who is a member of the project with this role. */
    public TestUser memberOf(UUID projectId, String role) {
        TestUser user = user();
        join(projectId, user, role);
        return user;
    }

    public void join(UUID projectId, TestUser user, String role) {
        publish(
                ProjectEvents.MEMBER_ADDED,
                projectId,
                user.id(),
                new ProjectEvents.MemberAdded(projectId, user.id(), role, "invitation"));
        awaitMember(projectId, user, role);
    }

    public void changeRole(UUID projectId, TestUser user, String from, String to) {
        publish(
                ProjectEvents.MEMBER_ROLE_CHANGED,
                projectId,
                null,
                new ProjectEvents.MemberRoleChanged(projectId, user.id(), from, to));
        awaitMember(projectId, user, to);
    }

    public void removeMember(UUID projectId, TestUser user, String role, TestUser by) {
        publish(
                ProjectEvents.MEMBER_REMOVED,
                projectId,
                by.id(),
                new ProjectEvents.MemberRemoved(projectId, user.id(), role, "removed"));
        awaitTrue(() -> count(
                        "select count(*) from membership where project_id = :p and user_id = :u",
                        Map.of("p", projectId, "u", user.id()))
                == 0);
    }

    public void archive(UUID projectId, TestUser owner, String name) {
        publish(
                ProjectEvents.PROJECT_ARCHIVED,
                projectId,
                owner.id(),
                new ProjectEvents.ProjectArchived(new ProjectEvents.ProjectState(
                        projectId, name, null, "charcoal", null, false, true, owner.id())));
        awaitTrue(() ->
                count("select count(*) from project_replica where id = :p and archived", Map.of("p", projectId)) == 1);
    }

    /** As the projects service deletes: every member leaves, then the project goes. */
    public void deleteProject(UUID projectId, TestUser owner, List<TestUser> others) {
        for (TestUser other : others) {
            publish(
                    ProjectEvents.MEMBER_REMOVED,
                    projectId,
                    owner.id(),
                    new ProjectEvents.MemberRemoved(projectId, other.id(), ProjectEvents.MEMBER, "project-deleted"));
        }
        publish(
                ProjectEvents.MEMBER_REMOVED,
                projectId,
                owner.id(),
                new ProjectEvents.MemberRemoved(projectId, owner.id(), ProjectEvents.OWNER, "project-deleted"));
        publish(ProjectEvents.PROJECT_DELETED, projectId, owner.id(), new ProjectEvents.ProjectDeleted(projectId));
        awaitTrue(() -> count("select count(*) from project_replica where id = :p", Map.of("p", projectId)) == 0);
    }

    /** Creates a task through the API; the body's fields as given, {@code title} required. */
    public JsonNode task(TestUser user, Map<String, ?> body) {
        Api.Response created = api.post("/api/v1/tasks", user.token(), body);
        assertThat(created.status()).as("create task: %s", created).isEqualTo(201);
        return created.json();
    }

    public UUID task(TestUser user, UUID projectId, String title) {
        return UUID.fromString(task(user, Map.of("projectId", projectId.toString(), "title", title))
                .get("id")
                .asString());
    }

    public UUID subtask(TestUser user, UUID parentId, String title) {
        return UUID.fromString(task(user, Map.of("parentId", parentId.toString(), "title", title))
                .get("id")
                .asString());
    }

    /** A map for a request body; values null are kept (to clear a field). */
    public static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            body.put((String) namesAndValues[i], value instanceof UUID id ? id.toString() : value);
        }
        return body;
    }

    /** Publishes the aggregate's next event, numbered as the publisher's outbox numbers them (1, 2, 3…). */
    public <T> EventEnvelope<T> publish(EventType<T> type, UUID subject, UUID actor, T data) {
        return upstream.publish(type, subject, actor, data);
    }

    /** The aggregate's next event, not yet sent (to send later, or out of order). */
    public <T> EventEnvelope<T> envelope(EventType<T> type, UUID subject, UUID actor, T data) {
        return upstream.envelope(type, subject, actor, data);
    }

    /** Sends this very envelope (again, if it was sent before: Kafka delivers at least once). */
    public <T> EventEnvelope<T> publish(String topic, EventEnvelope<T> envelope) {
        return upstream.send(topic, envelope);
    }

    private void awaitMember(UUID projectId, TestUser user, String role) {
        awaitTrue(() -> count(
                        "select count(*) from membership where project_id = :p and user_id = :u and role = :r",
                        Map.of("p", projectId, "u", user.id(), "r", role))
                == 1);
    }

    private long count(String sql, Map<String, ?> params) {
        return upstream.count(sql, params);
    }

    private static void awaitTrue(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }
}
