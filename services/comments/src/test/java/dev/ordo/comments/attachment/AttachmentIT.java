package dev.ordo.comments.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.testsupport.TopicProbe;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AttachmentIT extends AttachmentTestSupport {

    private static final int MAX = 25 * 1024 * 1024;

    @Test
    void anUploadedFileIsDescribedAndDownloadedAsTheSameBytesAsADownloadInASandbox() {
        Person ada = Person.fresh();
        UUID comment = comment(project(ada), ada);
        long before = commentVersion(comment);
        byte[] pdf = Samples.pdf();

        HttpResponse<String> created = upload(ada, comment, "Quarterly report ü.pdf", "application/pdf", pdf);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json(created);
        String id = body.path("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/attachments/" + id);
        assertThat(body.path("commentId").asString()).isEqualTo(comment.toString());
        assertThat(body.path("name").asString()).isEqualTo("Quarterly report ü.pdf");
        assertThat(body.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(body.path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(body.path("url").asString()).isEqualTo("/api/v1/attachments/" + id + "/content");
        assertThat(body.path("thumbnailUrl").isNull()).isTrue();
        assertThat(body.path("image").asBoolean()).isFalse();
        assertThat(body.path("uploadedBy").asString()).isEqualTo(ada.id().toString());
        assertThat(commentVersion(comment)).isEqualTo(before + 1);

        HttpResponse<String> metadata = get("/api/v1/attachments/" + id, ada);
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(json(metadata)).isEqualTo(body);

        HttpResponse<byte[]> content = download("/api/v1/attachments/" + id + "/content", ada);
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
        assertThat(content.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(content.headers().firstValue("Content-Length")).contains(String.valueOf(pdf.length));
        assertThat(content.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"Quarterly report _.pdf\"; "
                        + "filename*=UTF-8''Quarterly%20report%20%C3%BC.pdf");
        assertThat(content.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(content.headers().firstValue("Content-Security-Policy")).contains("sandbox; default-src 'none'");

        try (TopicProbe probe = TopicProbe.of(broker.getBrokersAsString(), CommentEvents.ATTACHMENT_ADDED)) {
            CommentEvents.AttachmentAdded added = probe.awaitEvent(
                    CommentEvents.ATTACHMENT_ADDED,
                    event -> event.attachmentId().toString().equals(id));
            assertThat(added.commentId()).isEqualTo(comment);
            assertThat(added.uploadedBy()).isEqualTo(ada.id());
            assertThat(added.contentType()).isEqualTo("application/pdf");
            assertThat(added.size()).isEqualTo(pdf.length);
        }
    }

    @Test
    void aPngGetsAThumbnailOfAtMost256PixelsAndIsShownInline() throws IOException {
        Person ada = Person.fresh();
        UUID comment = comment(project(ada), ada);
        byte[] png = Samples.image("png", 1200, 600);

        JsonNode body = json(upload(ada, comment, "wide.png", "image/png", png));

        String id = body.path("id").asString();
        assertThat(body.path("image").asBoolean()).isTrue();
        assertThat(body.path("thumbnailUrl").asString()).isEqualTo("/api/v1/attachments/" + id + "/thumbnail");
        HttpResponse<byte[]> thumbnail = download("/api/v1/attachments/" + id + "/thumbnail", ada);
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).contains("image/png");
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertThat(small.getWidth()).isEqualTo(256);
        assertThat(small.getHeight()).isEqualTo(128);

        HttpResponse<byte[]> content = download("/api/v1/attachments/" + id + "/content", ada);
        assertThat(content.body()).isEqualTo(png);
        assertThat(content.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).startsWith("inline;"));
        assertThat(content.headers().firstValue("Content-Security-Policy")).contains("sandbox; default-src 'none'");
    }

    @Test
    void aFileThatIsNoImageHasNoThumbnail() {
        Person ada = Person.fresh();
        UUID comment = comment(project(ada), ada);
        String id = json(upload(ada, comment, "notes.txt", "text/plain", Samples.text("hello")))
                .path("id")
                .asString();

        assertThat(get("/api/v1/attachments/" + id + "/thumbnail", ada).statusCode())
                .isEqualTo(404);
    }

    @Test
    void htmlNamedAsAPngIsRefusedWith415() {
        Person ada = Person.fresh();
        UUID comment = comment(project(ada), ada);

        HttpResponse<String> response = upload(ada, comment, "photo.png", "image/png", Samples.html());

        assertProblem(response, 415, "attachment-type-not-allowed");
        assertThat(attachmentsOn(comment)).isZero();
    }

    @Test
    void anExecutableIsRefusedWith415() {
        Person ada = Person.fresh();
        UUID comment = comment(project(ada), ada);

        assertProblem(
                upload(ada, comment, "setup.exe", "application/x-msdownload", Samples.exe()),
                415,
                "attachment-type-not-allowed");
        assertProblem(
                upload(ada, comment, "invoice.pdf", "application/pdf", Samples.exe()),
                415,
                "attachment-type-not-allowed");
    }

    @Test
    void aPdfSentAsAPngIsRefusedAsAMismatch() {
        Person ada = Person.fresh();
        UUID comment = comment(project(ada), ada);

        assertProblem(upload(ada, comment, "photo.png", "image/png", Samples.pdf()), 415, "attachment-type-mismatch");
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedWith413WhetherItsLengthIsToldOrNot() {
        Person ada = Person.fresh();
        UUID comment = comment(project(ada), ada);
        byte[] tooLarge = new byte[MAX + 1];

        assertProblem(
                upload(ada, comment, "big.bin", "application/octet-stream", tooLarge), 413, "attachment-too-large");
        assertProblem(
                upload(ada, comment, "big.bin", "application/octet-stream", tooLarge, false),
                413,
                "attachment-too-large");
        assertThat(attachmentsOn(comment)).isZero();
    }

    @Test
    void aFileOfExactlyTheLimitIsKept() {
        Person ada = Person.fresh();
        UUID comment = comment(project(ada), ada);

        HttpResponse<String> response = upload(ada, comment, "big.bin", "application/octet-stream", new byte[MAX]);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).path("size").asLong()).isEqualTo(MAX);
    }

    @Test
    void theApiDocumentDescribesTheUploadAsAMultipartFilePart() {
        JsonNode document = json(get("/v3/api-docs", Person.fresh()));
        JsonNode upload =
                document.path("paths").path("/api/v1/comments/{id}/attachments").path("post");

        JsonNode body = upload.path("requestBody").path("content").path("multipart/form-data");
        assertThat(body.path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/UploadForm");
        JsonNode file = document.path("components")
                .path("schemas")
                .path("UploadForm")
                .path("properties")
                .path("file");
        assertThat(file.path("type").asString()).isEqualTo("string");
        assertThat(file.path("format").asString()).isEqualTo("binary");
    }

    private long attachmentsOn(UUID comment) {
        return jdbc.sql("select count(*) from attachment where comment_id = :c")
                .param("c", comment)
                .query(Long.class)
                .single();
    }

    static void assertProblem(HttpResponse<String> response, int status, String name) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("type").asString()).isEqualTo("https://ordo.dev/problems/" + name);
        assertThat(json(response).path("requestId").asString()).isNotBlank();
    }
}
