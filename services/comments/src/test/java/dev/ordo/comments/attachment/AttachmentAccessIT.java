package dev.ordo.comments.attachment;

import static dev.ordo.comments.attachment.AttachmentIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.testsupport.TopicProbe;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may attach, see and remove a file: asked anew on every request, from the membership replica. */
class AttachmentAccessIT extends AttachmentTestSupport {

    @Test
    void aViewerSeesTheFilesButCannotAttachOne() {
        Person owner = Person.fresh();
        Person viewer = Person.fresh();
        UUID project = project(owner);
        join(project, viewer, "viewer");
        UUID comment = comment(project, owner);
        String id = attached(owner, comment);

        assertProblem(upload(viewer, comment, "notes.txt", "text/plain", Samples.text("hi")), 403, "forbidden");
        assertThat(get("/api/v1/attachments/" + id, viewer).statusCode()).isEqualTo(200);
        assertThat(download("/api/v1/attachments/" + id + "/content", viewer).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/attachments/" + id + "/thumbnail", viewer).statusCode())
                .isEqualTo(200);
        assertProblem(delete("/api/v1/attachments/" + id, viewer), 403, "forbidden");
    }

    @Test
    void aStrangerIsToldThereIsNoSuchCommentOrFile() {
        Person owner = Person.fresh();
        Person stranger = Person.fresh();
        UUID comment = comment(project(owner), owner);
        String id = attached(owner, comment);

        assertProblem(upload(stranger, comment, "notes.txt", "text/plain", Samples.text("hi")), 404, "not-found");
        for (String path : paths(id)) {
            assertProblem(get(path, stranger), 404, "not-found");
        }
        assertProblem(delete("/api/v1/attachments/" + id, stranger), 404, "not-found");
        assertThat(get("/api/v1/attachments/" + id, owner).statusCode()).isEqualTo(200);
    }

    @Test
    void aRemovedMemberLosesTheFilesAtOnce() {
        Person owner = Person.fresh();
        Person member = Person.fresh();
        UUID project = project(owner);
        join(project, member, "member");
        UUID comment = comment(project, owner);
        String id = attached(member, comment);
        assertThat(download("/api/v1/attachments/" + id + "/content", member).statusCode())
                .isEqualTo(200);

        leave(project, member);

        for (String path : paths(id)) {
            assertProblem(get(path, member), 404, "not-found");
        }
        assertProblem(delete("/api/v1/attachments/" + id, member), 404, "not-found");
    }

    @Test
    void anotherMemberCannotRemoveSomeoneElsesFileButAnAdminCan() {
        Person owner = Person.fresh();
        Person member = Person.fresh();
        Person admin = Person.fresh();
        UUID project = project(owner);
        join(project, member, "member");
        join(project, admin, "admin");
        UUID comment = comment(project, owner);
        String id = attached(owner, comment);

        assertProblem(delete("/api/v1/attachments/" + id, member), 403, "forbidden");
        assertThat(delete("/api/v1/attachments/" + id, admin).statusCode()).isEqualTo(204);
    }

    @Test
    void aRemovedFileIsGoneAndItsBytesAreDeletedFromTheStoreByTheOrphanJob() {
        Person ada = Person.fresh();
        UUID comment = comment(project(ada), ada);
        String id = attached(ada, comment);
        var file = STORAGE.resolve("attachments").resolve(id);
        var thumbnail = STORAGE.resolve("thumbnails").resolve(id);
        assertThat(file).exists();
        assertThat(thumbnail).exists();
        long before = commentVersion(comment);

        assertThat(delete("/api/v1/attachments/" + id, ada).statusCode()).isEqualTo(204);

        assertThat(commentVersion(comment)).isEqualTo(before + 1);
        for (String path : paths(id)) {
            assertProblem(get(path, ada), 404, "not-found");
        }
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !Files.exists(file) && !Files.exists(thumbnail) && orphansOf(id) == 0);
        try (TopicProbe probe = TopicProbe.of(broker.getBrokersAsString(), CommentEvents.ATTACHMENT_REMOVED)) {
            CommentEvents.AttachmentRemoved removed = probe.awaitEvent(
                    CommentEvents.ATTACHMENT_REMOVED,
                    event -> event.attachmentId().toString().equals(id));
            assertThat(removed.removedBy()).isEqualTo(ada.id());
            assertThat(removed.commentId()).isEqualTo(comment);
        }
    }

    @Test
    void aFileGoesWithItsCommentAndItsBytesFollow() {
        Person ada = Person.fresh();
        UUID comment = comment(project(ada), ada);
        String id = attached(ada, comment);
        var file = STORAGE.resolve("attachments").resolve(id);

        jdbc.sql("delete from comment where id = :id").param("id", comment).update();

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !Files.exists(file) && orphansOf(id) == 0);
    }

    /** A png (so it has a thumbnail) attached by {@code who}; its id. */
    private String attached(Person who, UUID comment) {
        var response = upload(who, comment, "photo.png", "image/png", Samples.image("png", 40, 30));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asString();
    }

    private long orphansOf(String id) {
        return jdbc.sql("select count(*) from orphan_blob where storage_key like :k")
                .param("k", "%/" + id)
                .query(Long.class)
                .single();
    }

    private static List<String> paths(String id) {
        String base = "/api/v1/attachments/" + id;
        return List.of(base, base + "/content", base + "/thumbnail");
    }
}
