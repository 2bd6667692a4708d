package dev.ordo.notifications.reminder;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.testsupport.Upstream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The other services as notifications hears them (identity, projects, tasks publishing to the embedded broker, each
 * aggregate numbered as its outbox numbers it); each sentence waits until the service's replica shows the event.
 */
public final class World {

    private final Upstream upstream;

    World(KafkaTemplate<String, String> kafka, EventCodec codec, JdbcClient jdbc) {
        this.upstream = new Upstream(kafka, codec, jdbc);
    }

    public Person user(String name) {
        Person p = Person.fresh(name);
        upstream.publish(
                IdentityEvents.USER_REGISTERED,
                p.id(),
                p.id(),
                new IdentityEvents.UserRegistered(
                        p.id(), "u" + p.id() + "@example.test", name, "UTC", "en", List.of("user"), true));
        upstream.awaitCount(1, "select count(*) from user_replica where id = :id", Map.of("id", p.id()));
        return p;
    }

    /** A project owned by {@code owner}. */
    public UUID project(Person owner) {
        UUID id = UUID.randomUUID();
        upstream.publish(
                ProjectEvents.PROJECT_CREATED,
                id,
                owner.id(),
                new ProjectEvents.ProjectCreated(
                        new ProjectEvents.ProjectState(id, "P", null, "charcoal", null, false, false, owner.id())));
        join(id, owner, ProjectEvents.OWNER);
        return id;
    }

    public void join(UUID projectId, Person person, String role) {
        upstream.publish(
                ProjectEvents.MEMBER_ADDED,
                projectId,
                null,
                new ProjectEvents.MemberAdded(projectId, person.id(), role, "invitation"));
        upstream.awaitCount(
                1,
                "select count(*) from membership where project_id = :p and user_id = :u and role = :r",
                Map.of("p", projectId, "u", person.id(), "r", role));
    }

    public void leave(UUID projectId, Person person, String role) {
        upstream.publish(
                ProjectEvents.MEMBER_REMOVED,
                projectId,
                null,
                new ProjectEvents.MemberRemoved(projectId, person.id(), role, "removed"));
        upstream.awaitCount(
                0,
                "select count(*) from membership where project_id = :p and user_id = :u",
                Map.of("p", projectId, "u", person.id()));
    }

    /** A task as tasks announces it: open, created by {@code creator}, due at {@code dueAt} (null: no due time). */
    public Tasked task(UUID projectId, Person creator, @Nullable Instant dueAt) {
        return task(projectId, creator, dueAt, null, null);
    }

    public Tasked task(
            UUID projectId,
            Person creator,
            @Nullable Instant dueAt,
            @Nullable String recurrence,
            @Nullable UUID assignee) {
        Tasked t = new Tasked(
                UUID.randomUUID(), projectId, creator.id(), "Buy milk", "PENDING", dueAt, recurrence, assignee);
        publish(TaskEvents.TASK_CREATED, t, creator.id(), v -> new TaskEvents.TaskCreated(t.state(v)));
        return t;
    }

    /** The task's due moved (null: no due time any more). */
    public Tasked moveDue(Tasked t, @Nullable Instant dueAt) {
        Tasked after = t.withDue(dueAt);
        publish(
                TaskEvents.TASK_UPDATED,
                after,
                t.createdBy(),
                v -> new TaskEvents.TaskUpdated(after.state(v), List.of("dueDate")));
        return after;
    }

    /** An occurrence of a recurring task completed: the task is on its next occurrence, {@code nextDueAt}. */
    public Tasked completeOccurrence(Tasked t, Instant nextDueAt) {
        Tasked after = t.withDue(nextDueAt);
        publish(
                TaskEvents.TASK_COMPLETED,
                after,
                t.createdBy(),
                v -> new TaskEvents.TaskCompleted(
                        after.state(v), LocalDate.ofInstant(t.dueAt(), ZoneOffset.UTC), t.dueAt(), true));
        return after;
    }

    public Tasked complete(Tasked t) {
        Tasked after = t.withStatus("COMPLETED");
        publish(
                TaskEvents.TASK_COMPLETED,
                after,
                t.createdBy(),
                v -> new TaskEvents.TaskCompleted(
                        after.state(v),
                        t.dueAt() == null ? null : LocalDate.ofInstant(t.dueAt(), ZoneOffset.UTC),
                        t.dueAt(),
                        false));
        return after;
    }

    public Tasked assign(Tasked t, Person assignee) {
        Tasked after = new Tasked(
                t.id(), t.projectId(), t.createdBy(), t.title(), t.status(), t.dueAt(), t.recurrence(), assignee.id());
        publish(
                TaskEvents.TASK_ASSIGNED,
                after,
                t.createdBy(),
                v -> new TaskEvents.TaskAssigned(after.state(v), t.assigneeId(), "assigned"));
        return after;
    }

    public void delete(Tasked t) {
        long version = upstream.nextVersion(TaskEvents.TASK_DELETED.topic(), t.id());
        upstream.publish(
                TaskEvents.TASK_DELETED,
                t.id(),
                version,
                t.createdBy(),
                new TaskEvents.TaskDeleted(t.id(), t.projectId(), "deleted"));
        upstream.awaitCount(1, "select count(*) from task_tombstone where task_id = :id", Map.of("id", t.id()));
    }

    /** Waits until {@code sql} (a {@code select count(*)}) counts {@code expected}. */
    public void awaitCount(long expected, String sql, Map<String, ?> params) {
        upstream.awaitCount(expected, sql, params);
    }

    private <T> void publish(EventType<T> type, Tasked t, UUID actor, java.util.function.LongFunction<T> data) {
        long version = upstream.nextVersion(type.topic(), t.id());
        upstream.publish(type, t.id(), version, actor, data.apply(version));
        upstream.awaitCount(
                1,
                "select count(*) from task_replica where id = :id and version = :v",
                Map.of("id", t.id(), "v", version));
    }

    /** A task as the test knows it. */
    public record Tasked(
            UUID id,
            UUID projectId,
            UUID createdBy,
            String title,
            String status,
            @Nullable Instant dueAt,
            @Nullable String recurrence,
            @Nullable UUID assigneeId) {

        Tasked withDue(@Nullable Instant due) {
            return new Tasked(id, projectId, createdBy, title, status, due, recurrence, assigneeId);
        }

        Tasked withStatus(String newStatus) {
            return new Tasked(id, projectId, createdBy, title, newStatus, dueAt, recurrence, assigneeId);
        }

        TaskState state(long version) {
            return new TaskState(
                    id,
                    projectId,
                    null,
                    null,
                    title,
                    status,
                    "P4",
                    dueAt == null ? null : LocalDate.ofInstant(dueAt, ZoneOffset.UTC),
                    dueAt,
                    dueAt == null ? null : "UTC",
                    null,
                    assigneeId,
                    List.of(),
                    createdBy,
                    Instant.now(),
                    "COMPLETED".equals(status) ? Instant.now() : null,
                    version,
                    null,
                    recurrence,
                    false,
                    null);
        }
    }
}
