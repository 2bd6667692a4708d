package dev.ordo.comments.support;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.testsupport.Upstream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The other services as comments hears them: identity, projects and tasks publish their events to the
 * (embedded) broker, numbered as their outboxes number them, and each method waits until the comments service's
 * replica shows the event.
 */
public final class Others {

    private final Upstream upstream;

    Others(KafkaTemplate<String, String> kafka, EventCodec codec, JdbcClient jdbc) {
        this.upstream = new Upstream(kafka, codec, jdbc);
    }

    /** A registered user called {@code name}. */
    public Person user(String name) {
        Person p = Person.fresh(name);
        publish(
                IdentityEvents.USER_REGISTERED,
                p.id(),
                new IdentityEvents.UserRegistered(
                        p.id(), "u" + p.id() + "@example.test", name, "UTC", "en", List.of("user"), true));
        awaitCount(
                "select count(*) from user_replica where id = :id and name = :n", Map.of("id", p.id(), "n", name), 1);
        return p;
    }

    /** Someone with a token whom the comments service has never heard of (no user event). */
    public Person unknown() {
        return Person.fresh("");
    }

    /** A project owned by {@code owner}. */
    public UUID project(Person owner) {
        UUID id = UUID.randomUUID();
        publish(
                ProjectEvents.PROJECT_CREATED,
                id,
                new ProjectEvents.ProjectCreated(
                        new ProjectEvents.ProjectState(id, "P", null, "charcoal", null, false, false, owner.id())));
        join(id, owner, ProjectEvents.OWNER);
        return id;
    }

    public void join(UUID projectId, Person person, String role) {
        publish(
                ProjectEvents.MEMBER_ADDED,
                projectId,
                new ProjectEvents.MemberAdded(projectId, person.id(), role, "invitation"));
        awaitCount(
                "select count(*) from membership where project_id = :p and user_id = :u and role = :r",
                Map.of("p", projectId, "u", person.id(), "r", role),
                1);
    }

    public void leave(UUID projectId, Person person, String role) {
        publish(
                ProjectEvents.MEMBER_REMOVED,
                projectId,
                new ProjectEvents.MemberRemoved(projectId, person.id(), role, "removed"));
        awaitCount(
                "select count(*) from membership where project_id = :p and user_id = :u",
                Map.of("p", projectId, "u", person.id()),
                0);
    }

    public void deleteProject(UUID projectId) {
        publish(ProjectEvents.PROJECT_DELETED, projectId, new ProjectEvents.ProjectDeleted(projectId));
        awaitCount("select count(*) from project_tombstone where project_id = :p", Map.of("p", projectId), 1);
    }

    /** A new task in the project, as tasks announces it; waits until the replica knows it. */
    public UUID task(UUID projectId, String title) {
        UUID id = UUID.randomUUID();
        long version = next(TaskEvents.TASK_CREATED.topic(), id);
        publish(TaskEvents.TASK_CREATED, id, version, new TaskEvents.TaskCreated(task(id, projectId, title, version)));
        awaitCount("select count(*) from task_replica where id = :id", Map.of("id", id), 1);
        return id;
    }

    /** The task moved to another project (task.moved); waits until the replica has it there. */
    public void moveTask(UUID taskId, UUID fromProjectId, UUID toProjectId) {
        long version = next(TaskEvents.TASK_CREATED.topic(), taskId);
        publish(
                TaskEvents.TASK_MOVED,
                taskId,
                version,
                new TaskEvents.TaskMoved(task(taskId, toProjectId, "moved", version), fromProjectId, null, null));
        awaitCount(
                "select count(*) from task_replica where id = :id and project_id = :p",
                Map.of("id", taskId, "p", toProjectId),
                1);
    }

    public void deleteTask(UUID taskId, UUID projectId) {
        long version = next(TaskEvents.TASK_CREATED.topic(), taskId);
        publish(TaskEvents.TASK_DELETED, taskId, version, new TaskEvents.TaskDeleted(taskId, projectId, "deleted"));
        awaitCount("select count(*) from task_tombstone where task_id = :id", Map.of("id", taskId), 1);
    }

    private static TaskState task(UUID id, UUID projectId, String title, long version) {
        return new TaskState(
                id,
                projectId,
                null,
                null,
                title,
                "PENDING",
                "P4",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                UUID.randomUUID(),
                Instant.now(),
                null,
                version,
                null,
                null,
                false,
                null);
    }

    private <T> void publish(EventType<T> type, UUID subject, T data) {
        upstream.publish(type, subject, subject, data);
    }

    private long next(String topic, UUID subject) {
        return upstream.nextVersion(topic, subject);
    }

    private <T> void publish(EventType<T> type, UUID subject, long version, T data) {
        upstream.publish(type, subject, version, subject, data);
    }

    private void awaitCount(String sql, Map<String, ?> params, long expected) {
        upstream.awaitCount(expected, sql, params);
    }
}
