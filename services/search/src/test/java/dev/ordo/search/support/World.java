package dev.ordo.search.support;

import dev.ordo.contracts.calendar.CalendarEvents;
import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.testsupport.Upstream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The other services as search hears them: projects, tasks, comments and calendar publish their events to the
 * (embedded) broker, numbered as their outboxes number them. Membership changes wait until the replica shows them;
 * documents are awaited through the API ({@link IntegrationTestBase#awaitHits}).
 */
public final class World {

    private final Upstream upstream;

    World(KafkaTemplate<String, String> kafka, EventCodec codec, JdbcClient jdbc) {
        this.upstream = new Upstream(kafka, codec, jdbc);
    }

    public Upstream upstream() {
        return upstream;
    }

    public Person user(String name) {
        return Person.fresh(name);
    }

    // ---- projects and members

    /** A project named {@code name}, owned by {@code owner}. */
    public UUID project(Person owner, String name) {
        UUID id = UUID.randomUUID();
        upstream.publish(
                ProjectEvents.PROJECT_CREATED,
                id,
                owner.id(),
                new ProjectEvents.ProjectCreated(projectState(id, name, "", false, owner)));
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

    public void leave(UUID projectId, Person person) {
        upstream.publish(
                ProjectEvents.MEMBER_REMOVED,
                projectId,
                null,
                new ProjectEvents.MemberRemoved(projectId, person.id(), "member", "removed"));
        upstream.awaitCount(
                0,
                "select count(*) from membership where project_id = :p and user_id = :u",
                Map.of("p", projectId, "u", person.id()));
    }

    public void renameProject(UUID projectId, Person owner, String name, String description) {
        upstream.publish(
                ProjectEvents.PROJECT_UPDATED,
                projectId,
                owner.id(),
                new ProjectEvents.ProjectUpdated(
                        projectState(projectId, name, description, false, owner), List.of("name", "description")));
    }

    public void archiveProject(UUID projectId, Person owner, String name) {
        upstream.publish(
                ProjectEvents.PROJECT_ARCHIVED,
                projectId,
                owner.id(),
                new ProjectEvents.ProjectArchived(projectState(projectId, name, "", true, owner)));
        upstream.awaitCount(
                1, "select count(*) from project_replica where id = :p and archived", Map.of("p", projectId));
    }

    public void deleteProject(UUID projectId, Person owner) {
        upstream.publish(
                ProjectEvents.PROJECT_DELETED, projectId, owner.id(), new ProjectEvents.ProjectDeleted(projectId));
        upstream.awaitCount(1, "select count(*) from project_tombstone where project_id = :p", Map.of("p", projectId));
    }

    // ---- tasks and sections

    /** A task's state as the tasks service would publish it; change it with the record's fields. */
    public TaskState taskState(UUID projectId, Person creator, String title) {
        return new TaskState(
                UUID.randomUUID(),
                projectId,
                null,
                null,
                title,
                "PENDING",
                "LOW",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                creator.id(),
                Instant.now(),
                null,
                1,
                null,
                null,
                false,
                null,
                "");
    }

    public TaskState task(UUID projectId, Person creator, String title) {
        TaskState task = taskState(projectId, creator, title);
        created(task, creator);
        return task;
    }

    public EventEnvelope<TaskEvents.TaskCreated> created(TaskState task, Person actor) {
        return upstream.publish(TaskEvents.TASK_CREATED, task.taskId(), actor.id(), new TaskEvents.TaskCreated(task));
    }

    public EventEnvelope<TaskEvents.TaskUpdated> updated(TaskState task, Person actor) {
        return upstream.publish(
                TaskEvents.TASK_UPDATED, task.taskId(), actor.id(), new TaskEvents.TaskUpdated(task, List.of()));
    }

    public void completed(TaskState task, Person actor) {
        upstream.publish(
                TaskEvents.TASK_COMPLETED,
                task.taskId(),
                actor.id(),
                new TaskEvents.TaskCompleted(task, null, null, false));
    }

    public void moved(TaskState task, UUID fromProject, Person actor) {
        upstream.publish(
                TaskEvents.TASK_MOVED,
                task.taskId(),
                actor.id(),
                new TaskEvents.TaskMoved(task, fromProject, null, null));
    }

    public void deleted(TaskState task, Person actor) {
        upstream.publish(
                TaskEvents.TASK_DELETED,
                task.taskId(),
                actor.id(),
                new TaskEvents.TaskDeleted(task.taskId(), task.projectId(), "deleted"));
    }

    public UUID section(UUID projectId, Person actor, String name) {
        UUID id = UUID.randomUUID();
        upstream.publish(
                TaskEvents.SECTION_CREATED,
                id,
                actor.id(),
                new TaskEvents.SectionCreated(new TaskEvents.SectionState(id, projectId, name, 1)));
        upstream.awaitCount(1, "select count(*) from indexed_section where id = :id", Map.of("id", id));
        return id;
    }

    public void renameSection(UUID sectionId, UUID projectId, Person actor, String name) {
        upstream.publish(
                TaskEvents.SECTION_UPDATED,
                sectionId,
                actor.id(),
                new TaskEvents.SectionUpdated(
                        new TaskEvents.SectionState(sectionId, projectId, name, 1), List.of("name")));
    }

    // ---- comments

    public UUID comment(UUID projectId, UUID taskId, Person author, String text) {
        UUID id = UUID.randomUUID();
        upstream.publish(
                CommentEvents.COMMENT_CREATED,
                id,
                author.id(),
                new CommentEvents.CommentCreated(new CommentEvents.CommentState(
                        id, projectId, taskId, author.id(), text, List.of(), Instant.now(), null, 1)));
        return id;
    }

    public void editComment(UUID id, UUID projectId, UUID taskId, Person author, String text) {
        upstream.publish(
                CommentEvents.COMMENT_UPDATED,
                id,
                author.id(),
                new CommentEvents.CommentUpdated(
                        new CommentEvents.CommentState(
                                id, projectId, taskId, author.id(), text, List.of(), Instant.now(), Instant.now(), 2),
                        List.of()));
    }

    public void deleteComment(UUID id, UUID projectId, UUID taskId, Person author) {
        upstream.publish(
                CommentEvents.COMMENT_DELETED,
                id,
                author.id(),
                new CommentEvents.CommentDeleted(id, projectId, taskId, author.id(), author.id()));
    }

    // ---- calendar

    /** A calendar event in the project, or the creator's personal one when {@code projectId} is null. */
    public UUID calendarEvent(UUID projectId, Person creator, String title, String description, LocalDate day) {
        UUID id = UUID.randomUUID();
        upstream.publish(
                CalendarEvents.EVENT_CREATED,
                id,
                creator.id(),
                new CalendarEvents.EventCreated(new CalendarEvents.EventState(
                        id,
                        projectId,
                        title,
                        description,
                        "Room 4",
                        false,
                        day + "T09:00",
                        day + "T10:00",
                        "Europe/Paris",
                        null,
                        List.of(),
                        List.of(),
                        creator.id(),
                        Instant.now(),
                        Instant.now(),
                        1)));
        return id;
    }

    public void deleteCalendarEvent(UUID id, UUID projectId, Person creator) {
        upstream.publish(
                CalendarEvents.EVENT_DELETED,
                id,
                creator.id(),
                new CalendarEvents.EventDeleted(id, projectId, "", creator.id()));
    }

    /** Publishes an event of {@code type} with exactly this version (to send late or out of order). */
    public <T> void publishAt(EventType<T> type, UUID subject, long version, T data) {
        upstream.publish(type, subject, version, null, data);
    }

    private static ProjectEvents.ProjectState projectState(
            UUID id, String name, String description, boolean archived, Person owner) {
        return new ProjectEvents.ProjectState(id, name, description, "charcoal", null, false, archived, owner.id());
    }
}
