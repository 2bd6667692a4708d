package dev.ordo.notifications.support;

import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.testsupport.Upstream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The other services as notifications hears them: identity, projects, tasks and comments publish their events to the
 * (embedded) broker, numbered as their outboxes number them. What builds the world (users, projects, members, tasks)
 * waits until the replicas show it; what a test is about (an assignment, a comment) is only published.
 */
public final class Others {

    private final Upstream upstream;
    private final JdbcClient jdbc;

    Others(KafkaTemplate<String, String> kafka, EventCodec codec, JdbcClient jdbc) {
        this.upstream = new Upstream(kafka, codec, jdbc);
        this.jdbc = jdbc;
    }

    public Upstream upstream() {
        return upstream;
    }

    public Person user(String name) {
        return user(name, "UTC", "en");
    }

    /** A registered user called {@code name} in {@code timezone}, speaking {@code locale}. */
    public Person user(String name, String timezone, String locale) {
        Person p = Person.fresh(name);
        upstream.publish(
                IdentityEvents.USER_REGISTERED,
                p.id(),
                p.id(),
                new IdentityEvents.UserRegistered(p.id(), p.email(), name, timezone, locale, List.of("user"), true));
        await("select count(*) from user_replica where id = :id", Map.of("id", p.id()), 1);
        return p;
    }

    /** A project called {@code name} owned by {@code owner}, with these members. */
    public UUID project(String name, Person owner, Person... members) {
        UUID id = UUID.randomUUID();
        upstream.publish(
                ProjectEvents.PROJECT_CREATED,
                id,
                owner.id(),
                new ProjectEvents.ProjectCreated(
                        new ProjectEvents.ProjectState(id, name, null, "charcoal", null, false, false, owner.id())));
        join(id, owner, ProjectEvents.OWNER);
        for (Person member : members) {
            join(id, member, ProjectEvents.MEMBER);
        }
        return id;
    }

    public void join(UUID projectId, Person person, String role) {
        upstream.publish(
                ProjectEvents.MEMBER_ADDED,
                projectId,
                person.id(),
                new ProjectEvents.MemberAdded(projectId, person.id(), role, "invitation"));
        await(
                "select count(*) from membership where project_id = :p and user_id = :u and role = :r",
                Map.of("p", projectId, "u", person.id(), "r", role),
                1);
    }

    public void leave(UUID projectId, Person person) {
        upstream.publish(
                ProjectEvents.MEMBER_REMOVED,
                projectId,
                person.id(),
                new ProjectEvents.MemberRemoved(projectId, person.id(), "member", "left"));
        await(
                "select count(*) from membership where project_id = :p and user_id = :u",
                Map.of("p", projectId, "u", person.id()),
                0);
    }

    /** A task {@code creator} made in the project, assigned to nobody, due on {@code due} (or not due). */
    public UUID task(UUID projectId, Person creator, String title, @Nullable LocalDate due) {
        return task(projectId, creator, title, due, null);
    }

    /** A task {@code creator} made in the project, assigned to nobody, due at {@code dueAt} (a due with a time). */
    public UUID task(UUID projectId, Person creator, String title, Instant dueAt) {
        return task(projectId, creator, title, LocalDate.ofInstant(dueAt, java.time.ZoneOffset.UTC), dueAt);
    }

    private UUID task(UUID projectId, Person creator, String title, @Nullable LocalDate due, @Nullable Instant dueAt) {
        UUID id = UUID.randomUUID();
        TaskState task = state(id, projectId, title, "OPEN", creator.id(), null, due, dueAt, 1);
        upstream.publish(TaskEvents.TASK_CREATED, id, 1, creator.id(), new TaskEvents.TaskCreated(task));
        upstream.nextVersion(TaskEvents.TASK_CREATED.topic(), id);
        await("select count(*) from task_replica where id = :id", Map.of("id", id), 1);
        return id;
    }

    public UUID task(UUID projectId, Person creator, String title) {
        return task(projectId, creator, title, (LocalDate) null);
    }

    /** {@code actor} assigns the task to {@code assignee}; the event as tasks publishes it (not yet sent). */
    public EventEnvelope<TaskEvents.TaskAssigned> assignment(
            UUID taskId, Person actor, @Nullable Person assignee, String reason) {
        TaskState now = current(taskId);
        TaskState after = state(
                taskId,
                now.projectId(),
                now.title(),
                now.status(),
                now.createdBy(),
                assignee == null ? null : assignee.id(),
                now.dueDate(),
                now.dueDatetime(),
                0);
        return upstream.envelope(
                TaskEvents.TASK_ASSIGNED,
                taskId,
                actor.id(),
                new TaskEvents.TaskAssigned(after, now.assigneeId(), reason));
    }

    /** {@code actor} assigns the task to {@code assignee}, and the replica shows it. */
    public void assign(UUID taskId, Person actor, Person assignee) {
        send(assignment(taskId, actor, assignee, "assigned"));
        await(
                "select count(*) from task_replica where id = :id and assignee_id = :a",
                Map.of("id", taskId, "a", assignee.id()),
                1);
    }

    /** Sends a task event (again, if it was sent before: Kafka delivers at least once). */
    public <T> EventEnvelope<T> send(EventEnvelope<T> taskEvent) {
        return upstream.send(TaskEvents.TASK_CREATED.topic(), taskEvent);
    }

    /** {@code actor} completes the task. */
    public void complete(UUID taskId, Person actor) {
        TaskState now = current(taskId);
        long version = upstream.nextVersion(TaskEvents.TASK_COMPLETED.topic(), taskId);
        TaskState after = state(
                taskId,
                now.projectId(),
                now.title(),
                "COMPLETED",
                now.createdBy(),
                now.assigneeId(),
                now.dueDate(),
                now.dueDatetime(),
                version);
        upstream.publish(
                TaskEvents.TASK_COMPLETED,
                taskId,
                version,
                actor.id(),
                new TaskEvents.TaskCompleted(after, now.dueDate(), null, false));
    }

    /** {@code author} comments on the task; {@code mentioned} are the people the text mentions. */
    public UUID comment(UUID projectId, UUID taskId, Person author, String text, Person... mentioned) {
        UUID id = UUID.randomUUID();
        upstream.publish(
                CommentEvents.COMMENT_CREATED,
                id,
                author.id(),
                new CommentEvents.CommentCreated(comment(id, projectId, taskId, author, text, mentioned)));
        return id;
    }

    /** {@code author} edits the comment; {@code newlyMentioned} are mentioned for the first time. */
    public void editComment(
            UUID commentId, UUID projectId, UUID taskId, Person author, String text, Person... newlyMentioned) {
        upstream.publish(
                CommentEvents.COMMENT_UPDATED,
                commentId,
                author.id(),
                new CommentEvents.CommentUpdated(
                        comment(commentId, projectId, taskId, author, text, newlyMentioned),
                        List.of(newlyMentioned).stream().map(Person::id).toList()));
    }

    /** {@code inviter} invites the address to the project; projects does not name the invitee. */
    public UUID invite(UUID projectId, Person inviter, String email) {
        UUID id = UUID.randomUUID();
        upstream.publish(
                ProjectEvents.INVITATION_CREATED,
                projectId,
                inviter.id(),
                new ProjectEvents.InvitationCreated(
                        id,
                        projectId,
                        email,
                        "member",
                        inviter.id(),
                        null,
                        Instant.now().plusSeconds(86400)));
        return id;
    }

    public void accept(UUID invitationId, UUID projectId, Person invitee) {
        upstream.publish(
                ProjectEvents.INVITATION_ACCEPTED,
                projectId,
                invitee.id(),
                new ProjectEvents.InvitationAccepted(invitationId, projectId, invitee.email(), invitee.id(), "member"));
    }

    public void reject(UUID invitationId, UUID projectId, Person invitee) {
        upstream.publish(
                ProjectEvents.INVITATION_REJECTED,
                projectId,
                invitee.id(),
                new ProjectEvents.InvitationRejected(invitationId, projectId, invitee.email(), invitee.id()));
    }

    private TaskState current(UUID taskId) {
        return jdbc.sql("""
                        select project_id, title, status, created_by, assignee_id, due_date, due_at, version
                        from task_replica where id = :id""")
                .param("id", taskId)
                .query((rs, n) -> state(
                        taskId,
                        rs.getObject("project_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getObject("created_by", UUID.class),
                        rs.getObject("assignee_id", UUID.class),
                        rs.getDate("due_date") == null
                                ? null
                                : rs.getDate("due_date").toLocalDate(),
                        rs.getTimestamp("due_at") == null
                                ? null
                                : rs.getTimestamp("due_at").toInstant(),
                        rs.getLong("version")))
                .single();
    }

    private static CommentEvents.CommentState comment(
            UUID id, UUID projectId, UUID taskId, Person author, String text, Person... mentioned) {
        return new CommentEvents.CommentState(
                id,
                projectId,
                taskId,
                author.id(),
                text,
                List.of(mentioned).stream().map(Person::id).toList(),
                Instant.now(),
                null,
                1);
    }

    static TaskState state(
            UUID id,
            UUID projectId,
            String title,
            String status,
            UUID createdBy,
            @Nullable UUID assignee,
            @Nullable LocalDate due,
            @Nullable Instant dueAt,
            long version) {
        return new TaskState(
                id,
                projectId,
                null,
                null,
                title,
                status,
                "P4",
                due,
                dueAt,
                dueAt == null ? null : "UTC",
                null,
                assignee,
                List.of(),
                createdBy,
                Instant.now(),
                null,
                version,
                null,
                null,
                false,
                null);
    }

    private void await(String sql, Map<String, ?> params, long expected) {
        upstream.awaitCount(expected, sql, params);
    }
}
