package dev.ordo.calendar.support;

import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.testsupport.Upstream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The other services as calendar hears them: identity, projects and tasks publish their events to the
 * (embedded) broker, numbered as their outboxes number them, and each method waits until calendar's replica
 * shows the event.
 */
public final class Others {

    private final Upstream upstream;

    Others(KafkaTemplate<String, String> kafka, EventCodec codec, JdbcClient jdbc) {
        this.upstream = new Upstream(kafka, codec, jdbc);
    }

    /** A registered user living in {@code zone}. */
    public Person user(String zone) {
        Person p = Person.fresh();
        publish(
                IdentityEvents.USER_REGISTERED,
                p.id(),
                new IdentityEvents.UserRegistered(
                        p.id(), "u" + p.id() + "@example.test", "U", zone, "en", List.of("user"), true));
        awaitRows(
                "select count(*) from user_replica where id = :id and timezone = :z", Map.of("id", p.id(), "z", zone));
        return p;
    }

    /** A project of {@code owner}'s (their Inbox when {@code inbox}). */
    public UUID project(Person owner, boolean inbox) {
        UUID id = UUID.randomUUID();
        publish(
                ProjectEvents.PROJECT_CREATED,
                id,
                new ProjectEvents.ProjectCreated(new ProjectEvents.ProjectState(
                        id, inbox ? "Inbox" : "P", null, "charcoal", null, inbox, false, owner.id())));
        join(id, owner, ProjectEvents.OWNER);
        return id;
    }

    public void join(UUID projectId, Person person, String role) {
        publish(
                ProjectEvents.MEMBER_ADDED,
                projectId,
                new ProjectEvents.MemberAdded(projectId, person.id(), role, "invitation"));
        awaitRows(
                "select count(*) from membership where project_id = :p and user_id = :u and role = :r",
                Map.of("p", projectId, "u", person.id(), "r", role));
    }

    public void leave(UUID projectId, Person person, String role) {
        publish(
                ProjectEvents.MEMBER_REMOVED,
                projectId,
                new ProjectEvents.MemberRemoved(projectId, person.id(), role, "removed"));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> count(
                                "select count(*) from membership where project_id = :p and user_id = :u",
                                Map.of("p", projectId, "u", person.id()))
                        == 0);
    }

    /** A task as the tasks service announces it; waits until the replica holds this version. */
    public TaskState task(TaskState task, boolean created) {
        long version = next(TaskEvents.TASK_CREATED.topic(), task.taskId());
        TaskState versioned = withVersion(task, version);
        if (created) {
            publish(TaskEvents.TASK_CREATED, task.taskId(), version, new TaskEvents.TaskCreated(versioned));
        } else {
            publish(
                    TaskEvents.TASK_UPDATED,
                    task.taskId(),
                    version,
                    new TaskEvents.TaskUpdated(versioned, List.of("due")));
        }
        awaitRows(
                "select count(*) from task_replica where id = :id and version = :v",
                Map.of("id", task.taskId(), "v", version));
        return versioned;
    }

    public void deleteTask(UUID taskId, UUID projectId) {
        long version = next(TaskEvents.TASK_CREATED.topic(), taskId);
        publish(TaskEvents.TASK_DELETED, taskId, version, new TaskEvents.TaskDeleted(taskId, projectId, "deleted"));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> count("select count(*) from task_replica where id = :id", Map.of("id", taskId)) == 0);
    }

    /** An open task; {@code dueAt} null for a task due on a day; {@code recurrence} as tasks writes it, or null. */
    public static TaskState openTask(
            UUID projectId,
            String title,
            LocalDate dueDate,
            Instant dueAt,
            String zone,
            String recurrence,
            Integer minutes) {
        return new TaskState(
                UUID.randomUUID(),
                projectId,
                null,
                null,
                title,
                "PENDING",
                "P4",
                dueDate,
                dueAt,
                dueAt == null ? null : zone,
                null,
                null,
                List.of(),
                UUID.randomUUID(),
                Instant.now(),
                null,
                0,
                null,
                recurrence,
                false,
                minutes);
    }

    public static TaskState withStatus(TaskState t, String status) {
        return copy(t, status, t.version());
    }

    private static TaskState withVersion(TaskState t, long version) {
        return copy(t, t.status(), version);
    }

    private static TaskState copy(TaskState t, String status, long version) {
        return new TaskState(
                t.taskId(),
                t.projectId(),
                t.sectionId(),
                t.parentId(),
                t.title(),
                status,
                t.priority(),
                t.dueDate(),
                t.dueDatetime(),
                t.dueTimezone(),
                t.deadline(),
                t.assigneeId(),
                t.labels(),
                t.createdBy(),
                t.createdAt(),
                t.completedAt(),
                version,
                t.dueString(),
                t.recurrence(),
                t.fromCompletion(),
                t.durationMinutes());
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

    private void awaitRows(String sql, Map<String, ?> params) {
        upstream.awaitCount(1, sql, params);
    }

    private long count(String sql, Map<String, ?> params) {
        return upstream.count(sql, params);
    }
}
