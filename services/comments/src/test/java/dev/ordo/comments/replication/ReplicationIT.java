package dev.ordo.comments.replication;

import static dev.ordo.comments.support.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.comments.support.IntegrationTestBase;
import dev.ordo.comments.support.Person;
import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.testsupport.TopicProbe;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What other services' events do here: access follows membership, comments follow their task and go with it. */
class ReplicationIT extends IntegrationTestBase {

    private static final String COMMENTS = "/api/v1/comments/";

    @Test
    void a_deleted_task_takes_its_comments_and_their_files_along_each_announced_as_deleted_by_nobody() {
        Person ann = others.user("Ann");
        UUID project = others.project(ann);
        UUID task = others.task(project, "Doomed");
        UUID kept = others.task(project, "Kept");
        String first = commentOnTask(ann, task, "one").id();
        String second = commentOnTask(ann, task, "two").id();
        String elsewhere = commentOnTask(ann, kept, "stays").id();
        String key = "test/" + UUID.randomUUID();
        UUID attachment = attach(UUID.fromString(second), key, ann);
        assertThat(api.get(COMMENTS + second, ann.token())
                        .json()
                        .get("attachments")
                        .get(0)
                        .get("url")
                        .asString())
                .isEqualTo("/api/v1/attachments/" + attachment + "/content");

        others.deleteTask(task, project);

        assertThat(api.get(COMMENTS + first, ann.token()).status()).isEqualTo(404);
        assertThat(api.get(COMMENTS + second, ann.token()).status()).isEqualTo(404);
        assertThat(api.get(COMMENTS + elsewhere, ann.token()).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from orphan_blob where storage_key = :k")
                        .param("k", key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(api.post("/api/v1/comments", ann.token(), body("taskId", task, "text", "late"))
                        .status())
                .isEqualTo(404);
        try (TopicProbe probe = TopicProbe.of(broker.getBrokersAsString(), CommentEvents.COMMENT_DELETED)) {
            for (String id : new String[] {first, second}) {
                CommentEvents.CommentDeleted deleted = probe.awaitEvent(
                        CommentEvents.COMMENT_DELETED,
                        d -> d.commentId().toString().equals(id));
                assertThat(deleted.deletedBy()).isNull();
                assertThat(deleted.taskId()).isEqualTo(task);
            }
            CommentEvents.AttachmentRemoved removed = probe.awaitEvent(
                    CommentEvents.ATTACHMENT_REMOVED, r -> r.attachmentId().equals(attachment));
            assertThat(removed.removedBy()).isNull();
            assertThat(removed.commentId().toString()).isEqualTo(second);
        }
    }

    @Test
    void a_deleted_project_takes_every_comment_of_it_and_its_tasks_along() {
        Person ann = others.user("Ann");
        UUID project = others.project(ann);
        UUID task = others.task(project, "T");
        String onTask = commentOnTask(ann, task, "on the task").id();
        String onProject = api.post("/api/v1/comments", ann.token(), body("projectId", project, "text", "general"))
                .id();

        others.deleteProject(project);

        assertThat(jdbc.sql("select count(*) from comment where project_id = :p")
                        .param("p", project)
                        .query(Long.class)
                        .single())
                .isZero();
        try (TopicProbe probe = TopicProbe.of(broker.getBrokersAsString(), CommentEvents.COMMENT_DELETED)) {
            for (String id : new String[] {onTask, onProject}) {
                assertThat(probe.awaitEvent(
                                        CommentEvents.COMMENT_DELETED,
                                        d -> d.commentId().toString().equals(id))
                                .projectId())
                        .isEqualTo(project);
            }
        }
    }

    @Test
    void a_removed_member_loses_access_at_once_but_what_they_wrote_stays() {
        Person ann = others.user("Ann");
        Person bo = others.user("Bo");
        UUID project = others.project(ann);
        others.join(project, bo, ProjectEvents.MEMBER);
        UUID task = others.task(project, "T");
        String bos = commentOnTask(bo, task, "by Bo").id();

        others.leave(project, bo, ProjectEvents.MEMBER);

        assertThat(api.get(COMMENTS + bos, bo.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/comments?taskId=" + task, bo.token()).status())
                .isEqualTo(404);
        assertThat(api.get(COMMENTS + bos, ann.token())
                        .json()
                        .get("author")
                        .get("name")
                        .asString())
                .isEqualTo("Bo");
    }

    @Test
    void a_moved_task_takes_its_comments_to_its_new_project_and_its_members() {
        Person ann = others.user("Ann");
        Person onlyOld = others.user("Olga");
        Person onlyNew = others.user("Nina");
        UUID from = others.project(ann);
        UUID to = others.project(ann);
        others.join(from, onlyOld, ProjectEvents.MEMBER);
        others.join(to, onlyNew, ProjectEvents.MEMBER);
        UUID task = others.task(from, "Travels");
        String comment = commentOnTask(ann, task, "still here").id();

        others.moveTask(task, from, to);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(COMMENTS + comment, onlyNew.token()).status() == 200);
        assertThat(api.get(COMMENTS + comment, ann.token())
                        .json()
                        .get("projectId")
                        .asString())
                .isEqualTo(to.toString());
        assertThat(api.get(COMMENTS + comment, onlyOld.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/comments?taskId=" + task, onlyNew.token()).items())
                .hasSize(1);
    }

    @Test
    void names_are_the_users_current_ones_and_empty_for_someone_never_heard_of() {
        Person ann = others.user("Ann");
        Person ghost = others.unknown();
        UUID project = others.project(ann);
        others.join(project, ghost, ProjectEvents.MEMBER);
        String comment = api.post(
                        "/api/v1/comments",
                        ghost.token(),
                        body("projectId", project, "text", "boo @[Annie](user:" + ann.id() + ")"))
                .id();

        var seen = api.get(COMMENTS + comment, ann.token()).json();
        assertThat(seen.get("author").get("name").asString()).isEmpty();
        assertThat(seen.get("mentions").get(0).get("name").asString()).isEqualTo("Ann");
    }

    /** An attachment row, as the attachment feature writes one (its bytes are not needed here). */
    private UUID attach(UUID commentId, String storageKey, Person uploader) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into attachment (id, comment_id, name, content_type, size, storage_key, uploaded_by, created_at)
                        values (:id, :c, 'notes.txt', 'text/plain', 5, :key, :u, :at)""")
                .param("id", id)
                .param("c", commentId)
                .param("key", storageKey)
                .param("u", uploader.id())
                .param("at", Timestamp.from(Instant.now()))
                .update();
        return id;
    }
}
