package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A shared project's discussion through the gateway: members comment on a task and mention each other (tasks
 * learns the count from comments' events), a viewer reads but cannot write, a stranger is told nothing exists, a
 * file goes up and comes down with the same permission check, a removed member loses the download as soon as
 * comments hears of it, and uploads that are too big or not what they claim are refused as problems.
 */
class CommentsJourneyIT {

    /** A 1×1 PNG: a real image, so the upload gets a thumbnail and is served inline. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static Api api;
    private static Users users;

    @BeforeAll
    static void system() {
        api = new Api(OrdoSystem.get().gatewayUrl());
        users = new Users(api);
    }

    @Test
    void members_comment_on_a_task_mention_each_other_and_the_task_counts_its_comments() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn bo = users.registerAndSignIn("bo");
        String project = shareProject(ada, bo, "member");
        String task = awaitPosted("/api/v1/tasks", ada, Map.of("title", "Plan the offsite", "projectId", project))
                .json()
                .get("id")
                .asString();

        String text = "**Agreed**, @[Ada](user:" + ada.id() + ") — see the agenda.";
        Api.Response comment = awaitPosted("/api/v1/comments", bo, Map.of("taskId", task, "text", text));
        JsonNode body = comment.json();
        assertThat(comment.header("Location"))
                .endsWith("/api/v1/comments/" + body.get("id").asString());
        assertThat(body.get("text").asString()).isEqualTo(text);
        assertThat(body.get("author").get("id").asString()).isEqualTo(bo.id().toString());
        assertThat(body.get("mentions").get(0).get("userId").asString())
                .isEqualTo(ada.id().toString());

        List<JsonNode> thread = items(api.get("/api/v1/comments?taskId=" + task, ada.accessToken()));
        assertThat(thread).extracting(c -> c.get("text").asString()).containsExactly(text);

        Api.Response reacted = api.send(
                "PUT",
                "/api/v1/comments/" + body.get("id").asString() + "/reactions/%F0%9F%91%8D",
                null,
                ada.accessToken(),
                Map.of());
        assertThat(reacted.status()).as(reacted.body()).isEqualTo(200);

        await("tasks counts the comment")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(api.get("/api/v1/tasks/" + task, ada.accessToken())
                                .json()
                                .get("commentCount")
                                .asInt())
                        .isEqualTo(1));

        Users.SignedIn eve = users.registerAndSignIn("eve");
        Api.Response notAMember = api.post(
                "/api/v1/comments",
                Map.of("taskId", task, "text", "hi @[Eve](user:" + eve.id() + ")"),
                ada.accessToken());
        assertThat(notAMember.status()).as(notAMember.body()).isEqualTo(400);
        assertThat(notAMember.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_viewer_reads_the_discussion_but_cannot_write_and_a_stranger_gets_404_on_comment_and_file() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn vic = users.registerAndSignIn("vic");
        Users.SignedIn eve = users.registerAndSignIn("eve");
        String project = shareProject(ada, vic, "viewer");
        String comment = awaitPosted("/api/v1/comments", ada, Map.of("projectId", project, "text", "Kick-off notes"))
                .json()
                .get("id")
                .asString();
        Api.Response uploaded = api.upload(
                "/api/v1/comments/" + comment + "/attachments", "dot.png", "image/png", PNG, ada.accessToken());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String attachment = uploaded.json().get("id").asString();

        await("comments hears that vic joined")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(api.get("/api/v1/comments/" + comment, vic.accessToken())
                                .status())
                        .isEqualTo(200));
        assertThat(items(api.get("/api/v1/comments?projectId=" + project, vic.accessToken())))
                .hasSize(1);
        assertThat(api.download("/api/v1/attachments/" + attachment + "/content", vic.accessToken())
                        .body())
                .isEqualTo(PNG);
        Api.Response viewerWrites =
                api.post("/api/v1/comments", Map.of("projectId", project, "text", "me too"), vic.accessToken());
        assertThat(viewerWrites.status()).isEqualTo(403);
        assertThat(viewerWrites.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.patch("/api/v1/comments/" + comment, Map.of("text", "changed"), vic.accessToken())
                        .status())
                .isEqualTo(403);

        for (String path : List.of(
                "/api/v1/comments/" + comment,
                "/api/v1/comments?projectId=" + project,
                "/api/v1/attachments/" + attachment,
                "/api/v1/attachments/" + attachment + "/content",
                "/api/v1/attachments/" + attachment + "/thumbnail")) {
            Api.Response hidden = api.get(path, eve.accessToken());
            assertThat(hidden.status()).as(path).isEqualTo(404);
            assertThat(hidden.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
        assertThat(api.delete("/api/v1/comments/" + comment, eve.accessToken()).status())
                .isEqualTo(404);
    }

    @Test
    void a_file_comes_down_as_it_went_up_and_a_removed_member_loses_the_download_at_once() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn bo = users.registerAndSignIn("bo");
        String project = shareProject(ada, bo, "member");
        String comment = awaitPosted("/api/v1/comments", bo, Map.of("projectId", project, "text", "The numbers"))
                .json()
                .get("id")
                .asString();
        byte[] csv = "month,total\njan,12\nfeb,15\n".getBytes(StandardCharsets.UTF_8);
        Api.Response uploaded = api.upload(
                "/api/v1/comments/" + comment + "/attachments", "totals, Q1.csv", "text/csv", csv, bo.accessToken());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode file = uploaded.json();
        assertThat(file.get("size").asLong()).isEqualTo(csv.length);
        String url = file.get("url").asString();

        Api.BinaryResponse down = api.download(url, ada.accessToken());
        assertThat(down.status()).isEqualTo(200);
        assertThat(down.body()).isEqualTo(csv);
        assertThat(down.header("Content-Disposition")).startsWith("attachment");
        assertThat(down.header("X-Content-Type-Options")).isEqualTo("nosniff");

        Api.BinaryResponse image = api.download(
                api.upload(
                                "/api/v1/comments/" + comment + "/attachments",
                                "dot.png",
                                "image/png",
                                PNG,
                                bo.accessToken())
                        .json()
                        .get("url")
                        .asString(),
                ada.accessToken());
        assertThat(image.header("Content-Type")).startsWith("image/png");
        assertThat(image.header("Content-Disposition")).startsWith("inline");

        Api.Response removed = api.delete("/api/v1/projects/" + project + "/members/" + bo.id(), ada.accessToken());
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        await("comments hears that bo left")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() ->
                        assertThat(api.download(url, bo.accessToken()).status()).isEqualTo(404));
        assertThat(api.get("/api/v1/comments/" + comment, bo.accessToken()).status())
                .isEqualTo(404);
        // their comment stays for the others
        assertThat(api.get("/api/v1/comments/" + comment, ada.accessToken()).status())
                .isEqualTo(200);
    }

    @Test
    void an_oversize_or_mislabeled_upload_is_a_413_or_415_problem() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        String project = api.post("/api/v1/projects", Map.of("name", "Files"), ada.accessToken())
                .json()
                .get("id")
                .asString();
        String comment = awaitPosted("/api/v1/comments", ada, Map.of("projectId", project, "text", "Uploads"))
                .json()
                .get("id")
                .asString();
        String path = "/api/v1/comments/" + comment + "/attachments";

        Api.Response tooBig = api.upload(
                path, "big.bin", "application/octet-stream", new byte[25 * 1024 * 1024 + 1], ada.accessToken());
        assertThat(tooBig.status()).as(tooBig.body()).isEqualTo(413);
        assertThat(tooBig.header("Content-Type")).startsWith("application/problem+json");

        byte[] page =
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        Api.Response mislabeled = api.upload(path, "photo.png", "image/png", page, ada.accessToken());
        assertThat(mislabeled.status()).as(mislabeled.body()).isEqualTo(415);
        assertThat(mislabeled.header("Content-Type")).startsWith("application/problem+json");

        Api.Response empty = api.post("/api/v1/comments", Map.of("projectId", project, "text", " "), ada.accessToken());
        assertThat(empty.status()).isEqualTo(400);
        Api.Response both = api.get("/api/v1/comments", ada.accessToken());
        assertThat(both.status()).isEqualTo(400);
        assertThat(items(api.get("/api/v1/comments/" + comment, ada.accessToken())
                        .json()
                        .get("attachments")))
                .isEmpty();
    }

    private static List<JsonNode> items(Api.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return items(page.json().get("items"));
    }

    private static List<JsonNode> items(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** Posts, waiting until the service behind the path has replicated the caller's membership. */
    private static Api.Response awaitPosted(String path, Users.SignedIn user, Map<String, ?> body) {
        return api.awaitCreated(path, body, user.accessToken());
    }

    private static String shareProject(Users.SignedIn owner, Users.SignedIn guest, String role) {
        return users.shareProject(owner, guest, role, "Team");
    }
}
