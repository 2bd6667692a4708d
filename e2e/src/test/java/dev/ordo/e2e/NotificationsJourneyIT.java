package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Notifications through the gateway: an assignment tells the assignee only, in the inbox, by mail and on the live
 * stream (which resumes after a reconnect); a reminder fires once at its time, moves with the due and stops when the
 * task is done; switching a channel off in the preferences stops it; bad input is a 400 problem.
 */
class NotificationsJourneyIT {

    private static Api api;
    private static Users users;

    @BeforeAll
    static void system() {
        api = new Api(OrdoSystem.get().gatewayUrl());
        users = new Users(api);
    }

    @Test
    void an_assignment_tells_the_assignee_only_in_the_inbox_by_mail_and_on_the_live_stream() throws Exception {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn bo = users.registerAndSignIn("bo");
        String project = users.shareProject(ada, bo, "member", "Launch");
        String task = api.awaitCreated(
                        "/api/v1/tasks",
                        Map.of("title", "Write the press release", "projectId", project),
                        ada.accessToken())
                .json()
                .get("id")
                .asString();

        try (Stream stream = Stream.open(bo, null)) {
            Instant asked = Instant.now();
            Api.Response assigned = api.patch(
                    "/api/v1/tasks/" + task, Map.of("assigneeId", bo.id().toString()), ada.accessToken());
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

            Stream.Event event = stream.next("notification", Duration.ofSeconds(20));
            JsonNode live = Api.JSON.readTree(event.data());
            assertThat(live.get("type").asString()).isEqualTo("task.assigned");
            assertThat(live.get("subject").get("id").asString()).isEqualTo(task);
            System.out.printf(
                    "live: the assignment reached bo's stream %d ms after the PATCH%n",
                    Duration.between(asked, event.at()).toMillis());
        }

        List<JsonNode> inbox = notifications(bo, "task.assigned");
        assertThat(inbox).hasSize(1);
        assertThat(inbox.getFirst().get("actor").get("id").asString())
                .isEqualTo(ada.id().toString());
        assertThat(inbox.getFirst().get("read").asBoolean()).isFalse();
        assertThat(notifications(ada, "task.assigned")).isEmpty();
        assertThat(api.get("/api/v1/notifications/unread-count", bo.accessToken())
                        .json()
                        .get("count")
                        .asInt())
                .isGreaterThanOrEqualTo(1);
        await("the mail to bo")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> OrdoSystem.get().smtp().count(bo.email(), "Write the press release") == 1);

        String id = inbox.getFirst().get("id").asString();
        assertThat(api.post("/api/v1/notifications/" + id + "/read", Map.of(), bo.accessToken())
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/notifications/" + id + "/read", Map.of(), ada.accessToken())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void the_live_stream_resumes_after_a_reconnect_with_what_was_missed() throws Exception {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn bo = users.registerAndSignIn("bo");
        String project = users.shareProject(ada, bo, "member", "Garden");
        String first = task(ada, project, "Sow the beans");
        String second = task(ada, project, "Water the beans");

        String lastId;
        try (Stream stream = Stream.open(bo, null)) {
            api.patch("/api/v1/tasks/" + first, Map.of("assigneeId", bo.id().toString()), ada.accessToken());
            lastId = stream.next("notification", Duration.ofSeconds(20)).id();
        }
        api.patch("/api/v1/tasks/" + second, Map.of("assigneeId", bo.id().toString()), ada.accessToken());
        await("the second assignment in bo's inbox")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> notifications(bo, "task.assigned").size() == 2);

        try (Stream resumed = Stream.open(bo, lastId)) {
            JsonNode missed = Api.JSON.readTree(
                    resumed.next("notification", Duration.ofSeconds(10)).data());
            assertThat(missed.get("subject").get("id").asString()).isEqualTo(second);
        }
    }

    @Test
    void a_reminder_fires_once_at_its_time_moves_with_the_due_and_stops_when_the_task_is_done() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        String project = api.post("/api/v1/projects", Map.of("name", "Errands"), ada.accessToken())
                .json()
                .get("id")
                .asString();
        Instant due = Instant.now().plusSeconds(75).truncatedTo(ChronoUnit.SECONDS);
        String task = api.awaitCreated(
                        "/api/v1/tasks",
                        Map.of(
                                "title",
                                "Call the plumber",
                                "projectId",
                                project,
                                "due",
                                Map.of("datetime", due.toString(), "timezone", "UTC")),
                        ada.accessToken())
                .json()
                .get("id")
                .asString();

        // one minute before a due 75 s away: it fires about 15 s from now
        JsonNode reminder = api.awaitCreated(
                        "/api/v1/reminders", Map.of("taskId", task, "minutesBefore", 1), ada.accessToken())
                .json();
        assertThat(Instant.parse(reminder.get("fireAt").asString())).isEqualTo(due.minusSeconds(60));
        await("the reminder fires")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> notifications(ada, "reminder").size() == 1);
        Instant fired = Instant.parse(
                notifications(ada, "reminder").getFirst().get("createdAt").asString());
        assertThat(fired).isBetween(due.minusSeconds(60), due.minusSeconds(60).plusSeconds(5));

        // the due moves a day on: the reminder follows it
        Instant later = due.plus(1, ChronoUnit.DAYS);
        api.patch(
                "/api/v1/tasks/" + task,
                Map.of("due", Map.of("datetime", later.toString(), "timezone", "UTC")),
                ada.accessToken());
        String path = "/api/v1/reminders/" + reminder.get("id").asString();
        await("the reminder follows the due")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> later.minusSeconds(60)
                        .toString()
                        .equals(api.get(path, ada.accessToken())
                                .json()
                                .path("fireAt")
                                .asString()));

        assertThat(api.post("/api/v1/tasks/" + task + "/close", Map.of(), ada.accessToken())
                        .status())
                .isEqualTo(200);
        await("the reminder goes with the completed task")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> api.get(path, ada.accessToken()).status() == 404);
        assertThat(notifications(ada, "reminder")).hasSize(1);
    }

    @Test
    void a_channel_switched_off_in_the_preferences_stays_quiet_and_bad_input_is_a_400_problem() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn bo = users.registerAndSignIn("bo");
        String project = users.shareProject(ada, bo, "member", "Quiet");
        JsonNode preferences =
                api.get("/api/v1/notification-preferences", bo.accessToken()).json();
        Map<String, Object> changed = Api.JSON.convertValue(preferences, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Boolean>> types = (Map<String, Map<String, Boolean>>) changed.get("types");
        types.get("task.assigned").put("email", false);
        changed.remove("timezone");
        Api.Response saved = api.send("PUT", "/api/v1/notification-preferences", changed, bo.accessToken(), Map.of());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        // cy, who kept the defaults, is assigned a task at the same time: once cy's mail is there, bo's would be too
        Users.SignedIn cy = users.registerAndSignIn("cy");
        String cysProject = users.shareProject(ada, cy, "member", "Loud");
        String task = task(ada, project, "Order the banners");
        String cysTask = task(ada, cysProject, "Order the flyers");
        api.patch("/api/v1/tasks/" + task, Map.of("assigneeId", bo.id().toString()), ada.accessToken());
        api.patch("/api/v1/tasks/" + cysTask, Map.of("assigneeId", cy.id().toString()), ada.accessToken());
        await("bo's in-app notification and cy's mail")
                .atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> notifications(bo, "task.assigned").size() == 1 && countMails(cy, "Order the flyers") == 1);
        assertThat(countMails(bo, "Order the banners")).isZero();

        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("taskId", task, "minutesBefore", -5),
                Map.of(
                        "taskId",
                        task,
                        "minutesBefore",
                        10,
                        "at",
                        Instant.now().plusSeconds(600).toString()),
                Map.of("taskId", task, "at", "yesterday"))) {
            Api.Response r = api.post("/api/v1/reminders", bad, ada.accessToken());
            assertThat(r.status()).as("%s: %s", bad, r.body()).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        Api.Response badPreferences = api.send(
                "PUT",
                "/api/v1/notification-preferences",
                Map.of("types", Map.of("task.teleported", Map.of())),
                bo.accessToken(),
                Map.of());
        assertThat(badPreferences.status()).isEqualTo(400);
    }

    private static long countMails(Users.SignedIn user, String words) {
        try {
            return OrdoSystem.get().smtp().count(user.email(), words);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String task(Users.SignedIn owner, String project, String title) {
        return api.awaitCreated("/api/v1/tasks", Map.of("title", title, "projectId", project), owner.accessToken())
                .json()
                .get("id")
                .asString();
    }

    private static List<JsonNode> notifications(Users.SignedIn user, String type) {
        Api.Response page = api.get("/api/v1/notifications?limit=100", user.accessToken());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        page.json().get("items").forEach(n -> {
            if (n.get("type").asString().equals(type)) {
                items.add(n);
            }
        });
        return items;
    }

    /** The caller's live stream through the gateway, read as the web app reads it (fetch with the bearer). */
    private static final class Stream implements AutoCloseable {

        record Event(String id, String name, String data, Instant at) {}

        private static final HttpClient HTTP = HttpClient.newHttpClient();
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final Thread reader;
        private volatile java.io.InputStream body;

        private Stream(Users.SignedIn user, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(OrdoSystem.get().gatewayUrl() + "/api/v1/notifications/stream"))
                    .header("Authorization", "Bearer " + user.accessToken())
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<java.io.InputStream> response =
                    HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            body = response.body();
            reader = Thread.ofVirtual().start(this::read);
        }

        static Stream open(Users.SignedIn user, String lastEventId) throws Exception {
            return new Stream(user, lastEventId);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                String name = "message";
                StringBuilder data = new StringBuilder();
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new Event(id, name, data.toString(), Instant.now()));
                        }
                        id = null;
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
            } catch (java.io.IOException closed) {
                // the test closed the stream
            }
        }

        /** The next event called {@code name}, skipping others (unread counts, changes). */
        Event next(String name, Duration patience) throws InterruptedException {
            long until = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < until) {
                Event event = events.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event != null && event.name().equals(name)) {
                    return event;
                }
            }
            throw new AssertionError("no " + name + " event within " + patience);
        }

        @Override
        public void close() throws Exception {
            body.close();
            reader.join(Duration.ofSeconds(5));
        }
    }
}
