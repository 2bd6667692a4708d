package dev.ordo.comments.attachment;

import dev.ordo.testsupport.OrdoIntegrationTest;
import dev.ordo.testsupport.TestJwks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comments service booted whole, its files in a directory of the test's own, the orphan blob job every
 * second. The world around a file is written straight into the tables the comments core and its replication
 * fill (a project's members, a comment), so these tests need neither.
 */
@OrdoIntegrationTest
@TestPropertySource(
        properties = {
            "ordo.outbox.poll-interval=100ms",
            "ordo.jobs.polling-interval=1s",
            "ordo.comments.storage.sweep-interval=1s"
        })
abstract class AttachmentTestSupport {

    static final Path STORAGE = temporaryDirectory();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("ordo.comments.storage.local.directory", STORAGE::toString);
    }

    /** Someone with a token. */
    record Person(UUID id, String token) {
        static Person fresh() {
            UUID id = UUID.randomUUID();
            return new Person(id, TestJwks.get().tokenFor(id, "user"));
        }
    }

    /** A project of its own, with {@code owner} as its owner. */
    UUID project(Person owner) {
        UUID project = UUID.randomUUID();
        join(project, owner, "owner");
        return project;
    }

    void join(UUID project, Person person, String role) {
        jdbc.sql("insert into membership (project_id, user_id, role, version) values (:p, :u, :r, 1)")
                .param("p", project)
                .param("u", person.id())
                .param("r", role)
                .update();
    }

    /** As the member.removed event leaves it: no membership row. */
    void leave(UUID project, Person person) {
        jdbc.sql("delete from membership where project_id = :p and user_id = :u")
                .param("p", project)
                .param("u", person.id())
                .update();
    }

    /** A comment of {@code author}'s on the project's own discussion. */
    UUID comment(UUID project, Person author) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into comment (id, project_id, task_id, author_id, text, created_at)
                        values (:id, :p, null, :a, 'Look at this', :at)""")
                .param("id", id)
                .param("p", project)
                .param("a", author.id())
                .param("at", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    long commentVersion(UUID comment) {
        return jdbc.sql("select version from comment where id = :id")
                .param("id", comment)
                .query(Long.class)
                .single();
    }

    /** Uploads a file as a browser does (multipart, part "file"), with its Content-Length. */
    HttpResponse<String> upload(Person who, UUID comment, String name, String type, byte[] bytes) {
        return upload(who, comment, name, type, bytes, true);
    }

    /** With {@code withLength} false the body is sent chunked: its size is known only once read. */
    HttpResponse<String> upload(Person who, UUID comment, String name, String type, byte[] bytes, boolean withLength) {
        String boundary = "ordo-" + UUID.randomUUID();
        byte[] body = multipart(boundary, name, type, bytes);
        HttpRequest.BodyPublisher publisher = withLength
                ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        return send(request("/api/v1/comments/" + comment + "/attachments", who)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher));
    }

    HttpResponse<String> get(String path, Person who) {
        return send(request(path, who).GET());
    }

    HttpResponse<byte[]> download(String path, Person who) {
        try {
            return HTTP.send(request(path, who).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> delete(String path, Person who) {
        return send(request(path, who).DELETE());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, Person who) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + who.token());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multipart(String boundary, String name, String type, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 512);
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + (type == null ? "" : "Content-Type: " + type + "\r\n")
                + "\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("ordo-attachments-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
