package dev.ordo.tasks.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.Topics;
import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A task's {@code commentCount}, kept from the comments service's events: what the count shows in each
 * answer that carries a task, and that delivering an event again, or out of order, never miscounts.
 */
class CommentCountIT extends IntegrationTestBase {

    TestUser ann;
    UUID project;
    UUID task;

    @BeforeEach
    void setUp() {
        ann = world.user();
        project = world.project(ann);
        task = world.task(ann, project, "Buy milk");
    }

    @Test
    void a_new_task_has_no_comments_and_each_comment_created_or_deleted_moves_its_count() {
        assertThat(api.get("/api/v1/tasks/" + task, ann.token())
                        .json()
                        .get("commentCount")
                        .asInt())
                .isZero();

        UUID first = comment(task);
        UUID second = comment(task);
        awaitCount(task, 2);

        deleted(first, task);
        awaitCount(task, 1);
        deleted(second, task);
        awaitCount(task, 0);
    }

    @Test
    void the_count_shows_in_lists_filters_most_urgent_and_completions_without_changing_the_task() {
        JsonNode before = api.get("/api/v1/tasks/" + task, ann.token()).json();
        assertThat(mostUrgent().get("commentCount").asInt()).isZero(); // now cached

        comment(task);
        awaitCount(task, 1);

        JsonNode after = api.get("/api/v1/tasks/" + task, ann.token()).json();
        assertThat(after.get("version").asLong())
                .as("a comment is no change of the task")
                .isEqualTo(before.get("version").asLong());
        assertThat(after.get("updatedAt").asString())
                .isEqualTo(before.get("updatedAt").asString());
        assertThat(listed("/api/v1/tasks?projectId=" + project)
                        .get("commentCount")
                        .asInt())
                .isEqualTo(1);
        assertThat(listed("/api/v1/tasks?filter=" + "search:milk")
                        .get("commentCount")
                        .asInt())
                .isEqualTo(1);
        assertThat(mostUrgent().get("commentCount").asInt())
                .as("the cached list went with the change")
                .isEqualTo(1);
        assertThat(api.post("/api/v1/tasks/" + task + "/close", ann.token())
                        .json()
                        .get("commentCount")
                        .asInt())
                .isEqualTo(1);
        JsonNode completion = api.get("/api/v1/tasks/completed?limit=200", ann.token()).items().stream()
                .filter(item -> item.get("taskId").asString().equals(task.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(completion.get("commentCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_comment_delivered_again_counts_once_and_its_deletion_delivered_again_subtracts_once() {
        UUID other = world.task(ann, project, "other");
        UUID comment = UUID.randomUUID();
        EventEnvelope<CommentEvents.CommentCreated> created = world.publish(
                CommentEvents.COMMENT_CREATED,
                comment,
                ann.id(),
                new CommentEvents.CommentCreated(state(comment, task)));
        comment(task);
        awaitCount(task, 2);

        world.publish(Topics.COMMENTS_COMMENT, created); // the same message again: Kafka delivers at least once
        world.publish(Topics.COMMENTS_COMMENT, sameCommentAnew(created)); // the same comment in a new event
        deleted(comment, task);
        deleted(comment, task);
        marker(other);

        assertThat(count(task)).isEqualTo(1);
    }

    @Test
    void a_deletion_that_overtakes_its_creation_leaves_no_count_and_no_ghost() {
        UUID other = world.task(ann, project, "other");
        UUID comment = UUID.randomUUID();
        EventEnvelope<CommentEvents.CommentCreated> created = world.envelope(
                CommentEvents.COMMENT_CREATED,
                comment,
                ann.id(),
                new CommentEvents.CommentCreated(state(comment, task)));

        deleted(comment, task);
        world.publish(Topics.COMMENTS_COMMENT, created);
        marker(other);

        assertThat(count(task)).as("neither -1 nor a comment that is gone").isZero();
    }

    @Test
    void a_comment_on_the_project_itself_counts_for_no_task() {
        UUID comment = UUID.randomUUID();
        world.publish(
                CommentEvents.COMMENT_CREATED,
                comment,
                ann.id(),
                new CommentEvents.CommentCreated(state(comment, null)));
        marker(task);

        assertThat(jdbc.sql("select count(*) from task_comment where comment_id = :c")
                        .param("c", comment)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(count(task)).isEqualTo(1); // the marker's only
    }

    /** A comment on the task, announced as the comments service announces it; its id. */
    private UUID comment(UUID taskId) {
        UUID id = UUID.randomUUID();
        world.publish(CommentEvents.COMMENT_CREATED, id, ann.id(), new CommentEvents.CommentCreated(state(id, taskId)));
        return id;
    }

    private void deleted(UUID commentId, UUID taskId) {
        world.publish(
                CommentEvents.COMMENT_DELETED,
                commentId,
                ann.id(),
                new CommentEvents.CommentDeleted(commentId, project, taskId, ann.id(), ann.id()));
    }

    /**
     * A comment on {@code taskId}, awaited: with one partition, every event sent before it has been handled
     * once it counts.
     */
    private void marker(UUID taskId) {
        int before = count(taskId);
        comment(taskId);
        awaitCount(taskId, before + 1);
    }

    private CommentEvents.CommentState state(UUID commentId, UUID taskId) {
        return new CommentEvents.CommentState(
                commentId, project, taskId, ann.id(), "Ask Bo", List.of(), Instant.now(), null, 1);
    }

    private static EventEnvelope<CommentEvents.CommentCreated> sameCommentAnew(
            EventEnvelope<CommentEvents.CommentCreated> e) {
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

    private int count(UUID taskId) {
        return api.get("/api/v1/tasks/" + taskId, ann.token())
                .json()
                .get("commentCount")
                .asInt();
    }

    private void awaitCount(UUID taskId, int expected) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> count(taskId) == expected);
    }

    private JsonNode listed(String path) {
        return api.get(path, ann.token()).items().stream()
                .filter(item -> item.get("id").asString().equals(task.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " does not list the task"));
    }

    private JsonNode mostUrgent() {
        return listed("/api/v1/tasks/most-urgent?limit=50");
    }
}
