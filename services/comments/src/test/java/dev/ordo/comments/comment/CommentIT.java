package dev.ordo.comments.comment;

import static dev.ordo.comments.support.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.comments.support.IntegrationTestBase;
import dev.ordo.comments.support.Person;
import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Comments through the API: who reads and writes what, edits and their revisions, deletes, the events published. */
class CommentIT extends IntegrationTestBase {

    private static final String COMMENTS = "/api/v1/comments";

    @Test
    void a_members_comment_is_read_by_every_member_with_its_mentions_named_and_is_hidden_from_strangers() {
        Person ann = others.user("Ann Lovelace");
        Person bo = others.user("Bo");
        Person viewer = others.user("Vi");
        Person stranger = others.user("Stan");
        UUID project = others.project(ann);
        others.join(project, bo, ProjectEvents.MEMBER);
        others.join(project, viewer, ProjectEvents.VIEWER);
        UUID task = others.task(project, "Write the report");

        Api.Response created = commentOnTask(ann, task, "  Can you look, " + bo.mention() + "?  ");
        assertThat(created.header("Location")).contains(COMMENTS + "/" + created.id());
        assertThat(created.header("ETag")).contains("\"1\"");
        JsonNode comment = created.json();
        assertThat(comment.get("text").asString()).isEqualTo("Can you look, " + bo.mention() + "?");
        assertThat(comment.get("projectId").asString()).isEqualTo(project.toString());
        assertThat(comment.get("taskId").asString()).isEqualTo(task.toString());
        assertThat(comment.get("author").get("id").asString())
                .isEqualTo(ann.id().toString());
        assertThat(comment.get("author").get("name").asString()).isEqualTo("Ann Lovelace");
        assertThat(comment.get("mentions")).hasSize(1);
        assertThat(comment.get("mentions").get(0).get("userId").asString())
                .isEqualTo(bo.id().toString());
        assertThat(comment.get("mentions").get(0).get("name").asString()).isEqualTo("Bo");
        assertThat(comment.get("reactions")).isEmpty();
        assertThat(comment.get("attachments")).isEmpty();
        assertThat(comment.get("editedAt").isNull()).isTrue();
        assertThat(comment.get("version").asLong()).isEqualTo(1);
        String path = COMMENTS + "/" + created.id();

        assertThat(api.get(path, viewer.token()).status()).isEqualTo(200);
        assertThat(api.get(COMMENTS + "?taskId=" + task, viewer.token()).items())
                .extracting(c -> c.get("id").asString())
                .containsExactly(created.id());
        assertThat(api.post(COMMENTS, viewer.token(), body("taskId", task, "text", "me too"))
                        .status())
                .isEqualTo(403);
        assertThat(api.patch(path, viewer.token(), body("text", "mine")).status())
                .isEqualTo(403);

        for (Api.Response refused : List.of(
                api.get(path, stranger.token()),
                api.get(COMMENTS + "?taskId=" + task, stranger.token()),
                api.get(COMMENTS + "?projectId=" + project, stranger.token()),
                api.get(path + "/revisions", stranger.token()),
                api.patch(path, stranger.token(), body("text", "mine")),
                api.delete(path, stranger.token()),
                api.post(COMMENTS, stranger.token(), body("taskId", task, "text", "hello")))) {
            assertThat(refused.status()).as("%s", refused).isEqualTo(404);
            assertThat(refused.problem()).isEqualTo("not-found");
        }

        try (TopicProbe probe = TopicProbe.of(broker.getBrokersAsString(), CommentEvents.COMMENT_CREATED)) {
            var published = probe.awaitEnvelope(
                    CommentEvents.COMMENT_CREATED, e -> e.subject().equals(created.id()));
            assertThat(published.aggregateVersion()).isEqualTo(1);
            assertThat(published.data().comment().mentions()).containsExactly(bo.id());
            assertThat(published.data().comment().taskId()).isEqualTo(task);
            assertThat(published.data().comment().authorId()).isEqualTo(ann.id());
        }
    }

    @Test
    void a_projects_discussion_holds_the_comments_on_no_task_in_pages_oldest_or_newest_first() {
        Person ann = others.user("Ann");
        UUID project = others.project(ann);
        UUID task = others.task(project, "T");
        commentOnTask(ann, task, "on the task");
        for (String text : List.of("one", "two", "three")) {
            assertThat(api.post(COMMENTS, ann.token(), body("projectId", project, "text", text))
                            .status())
                    .isEqualTo(201);
        }

        Api.Response first = api.get(COMMENTS + "?projectId=" + project + "&limit=2", ann.token());
        assertThat(first.items()).extracting(c -> c.get("text").asString()).containsExactly("one", "two");
        String cursor = first.json().get("nextCursor").asString();
        Api.Response second = api.get(COMMENTS + "?projectId=" + project + "&limit=2&cursor=" + cursor, ann.token());
        assertThat(second.items()).extracting(c -> c.get("text").asString()).containsExactly("three");
        assertThat(second.json().get("nextCursor").isNull()).isTrue();

        Api.Response newest = api.get(COMMENTS + "?projectId=" + project + "&order=desc&limit=2", ann.token());
        assertThat(newest.items()).extracting(c -> c.get("text").asString()).containsExactly("three", "two");
        String descCursor = newest.json().get("nextCursor").asString();
        assertThat(api.get(COMMENTS + "?projectId=" + project + "&order=desc&cursor=" + descCursor, ann.token())
                        .items())
                .extracting(c -> c.get("text").asString())
                .containsExactly("one");
        assertThat(api.get(COMMENTS + "?projectId=" + project + "&order=asc&cursor=" + descCursor, ann.token())
                        .problem())
                .as("a cursor of the other order")
                .isEqualTo("invalid-cursor");
        assertThat(api.get(COMMENTS + "?taskId=" + task, ann.token()).items())
                .extracting(c -> c.get("text").asString())
                .containsExactly("on the task");
    }

    @Test
    void an_edit_by_its_author_keeps_the_earlier_texts_and_tells_only_whoever_is_mentioned_anew() {
        Person ann = others.user("Ann");
        Person bo = others.user("Bo");
        Person cy = others.user("Cy");
        UUID project = others.project(ann);
        others.join(project, bo, ProjectEvents.MEMBER);
        others.join(project, cy, ProjectEvents.ADMIN);
        UUID task = others.task(project, "T");
        Api.Response created = commentOnTask(ann, task, "first, " + bo.mention());
        String path = COMMENTS + "/" + created.id();

        Api.Response edited = api.patch(
                path,
                ann.token(),
                body("text", "second, " + bo.mention() + " and " + cy.mention()),
                Map.of("If-Match", "\"1\""));
        assertThat(edited.status()).as("%s", edited).isEqualTo(200);
        assertThat(edited.header("ETag")).contains("\"2\"");
        assertThat(edited.json().get("editedAt").isNull()).isFalse();
        assertThat(edited.json().get("mentions"))
                .extracting(m -> m.get("name").asString())
                .containsExactly("Bo", "Cy");
        assertThat(api.patch(path, ann.token(), body("text", "stale"), Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(412);
        assertThat(api.patch(path, bo.token(), body("text", "not mine")).status())
                .isEqualTo(403);
        assertThat(api.patch(path, cy.token(), body("text", "an admin's")).status())
                .isEqualTo(403);
        assertThat(api.patch(path, ann.token(), body("text", null)).status()).isEqualTo(400);
        assertThat(api.patch(path, ann.token(), body("text", "x", "pinned", true))
                        .status())
                .isEqualTo(400);
        assertThat(api.patch(path, ann.token(), body("text", "third")).status()).isEqualTo(200);

        Api.Response revisions = api.get(path + "/revisions", bo.token());
        assertThat(revisions.status()).isEqualTo(200);
        assertThat(revisions.items()).extracting(r -> r.get("revision").asInt()).containsExactly(2, 1);
        assertThat(revisions.items().get(1).get("text").asString()).isEqualTo("first, " + bo.mention());
        assertThat(revisions.items().get(1).get("writtenAt").asString())
                .isEqualTo(created.json().get("createdAt").asString());
        assertThat(revisions.items().get(0).get("writtenAt").asString())
                .isEqualTo(edited.json().get("editedAt").asString());

        try (TopicProbe probe = TopicProbe.of(broker.getBrokersAsString(), CommentEvents.COMMENT_UPDATED)) {
            var update = probe.awaitEnvelope(
                    CommentEvents.COMMENT_UPDATED, e -> e.subject().equals(created.id()) && e.aggregateVersion() == 2);
            assertThat(update.data().newMentions()).containsExactly(cy.id());
            assertThat(update.data().comment().mentions()).containsExactly(bo.id(), cy.id());
        }
    }

    @Test
    void the_author_or_an_admin_deletes_a_comment_and_no_other_member_may() {
        Person ann = others.user("Ann");
        Person bo = others.user("Bo");
        Person cy = others.user("Cy");
        UUID project = others.project(ann);
        others.join(project, bo, ProjectEvents.MEMBER);
        others.join(project, cy, ProjectEvents.ADMIN);
        UUID task = others.task(project, "T");
        String bos = commentOnTask(bo, task, "by Bo").id();
        String anns = commentOnTask(ann, task, "by Ann").id();

        assertThat(api.delete(COMMENTS + "/" + anns, bo.token()).status()).isEqualTo(403);
        assertThat(api.delete(COMMENTS + "/" + bos, cy.token()).status()).isEqualTo(204);
        assertThat(api.get(COMMENTS + "/" + bos, bo.token()).status()).isEqualTo(404);
        assertThat(api.delete(COMMENTS + "/" + anns, ann.token(), Map.of("If-Match", "\"7\""))
                        .status())
                .isEqualTo(412);
        assertThat(api.delete(COMMENTS + "/" + anns, ann.token()).status()).isEqualTo(204);
        assertThat(api.get(COMMENTS + "?taskId=" + task, ann.token()).items()).isEmpty();

        try (TopicProbe probe = TopicProbe.of(broker.getBrokersAsString(), CommentEvents.COMMENT_DELETED)) {
            CommentEvents.CommentDeleted deleted = probe.awaitEvent(
                    CommentEvents.COMMENT_DELETED, d -> d.commentId().toString().equals(bos));
            assertThat(deleted.deletedBy()).isEqualTo(cy.id());
            assertThat(deleted.authorId()).isEqualTo(bo.id());
            assertThat(deleted.taskId()).isEqualTo(task);
        }
    }

    @Test
    void bad_input_is_a_400_problem() {
        Person ann = others.user("Ann");
        Person stranger = others.user("Stan");
        UUID project = others.project(ann);
        UUID task = others.task(project, "T");
        List<Map<String, Object>> bad = List.of(
                body("taskId", task, "text", ""),
                body("taskId", task, "text", "   \n "),
                body("taskId", task, "text", "x".repeat(15_001)),
                body("taskId", task),
                body("text", "on nothing"),
                body("taskId", task, "projectId", project, "text", "on both"),
                body("taskId", task, "text", "hi", "pinned", true),
                body("taskId", "not-a-uuid", "text", "hi"));
        for (Map<String, Object> b : bad) {
            Api.Response r = api.post(COMMENTS, ann.token(), b);
            assertThat(r.status()).as("%s -> %s", b.keySet(), r).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(api.post(COMMENTS, ann.token(), body("taskId", task, "text", "y".repeat(15_000)))
                        .status())
                .isEqualTo(201);

        Api.Response outsider =
                api.post(COMMENTS, ann.token(), body("taskId", task, "text", "hi " + stranger.mention()));
        assertThat(outsider.status()).isEqualTo(400);
        assertThat(outsider.problem()).isEqualTo("mention-not-member");
        String id = commentOnTask(ann, task, "plain").id();
        assertThat(api.patch(COMMENTS + "/" + id, ann.token(), body("text", "now " + stranger.mention()))
                        .problem())
                .isEqualTo("mention-not-member");

        assertThat(api.get(COMMENTS, ann.token()).status()).isEqualTo(400);
        assertThat(api.get(COMMENTS + "?taskId=" + task + "&projectId=" + project, ann.token())
                        .status())
                .isEqualTo(400);
        assertThat(api.get(COMMENTS + "?taskId=" + task + "&order=sideways", ann.token())
                        .status())
                .isEqualTo(400);
        assertThat(api.get(COMMENTS + "?taskId=" + task + "&cursor=nonsense", ann.token())
                        .status())
                .isEqualTo(400);
        assertThat(api.get(COMMENTS + "?taskId=" + UUID.randomUUID(), ann.token())
                        .status())
                .as("a task nobody announced")
                .isEqualTo(404);
    }

    @Test
    void a_create_repeated_under_its_idempotency_key_answers_the_same_comment() {
        Person ann = others.user("Ann");
        UUID project = others.project(ann);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Api.Response first = api.post(COMMENTS, ann.token(), body("projectId", project, "text", "once"), key);
        Api.Response again = api.post(COMMENTS, ann.token(), body("projectId", project, "text", "once"), key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(api.get(COMMENTS + "?projectId=" + project, ann.token()).items())
                .hasSize(1);
    }
}
