package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The calendar through the gateway: a project's meeting in its members' agendas and hidden from strangers,
 * tasks made through the tasks API in the agenda (calendar learns of them from tasks' events), the feed a
 * calendar app reads, and bad input answered 400.
 */
class CalendarJourneyIT {

    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).plusDays(10);

    private static Api api;
    private static Users users;

    @BeforeAll
    static void system() {
        api = new Api(OrdoSystem.get().gatewayUrl());
        users = new Users(api);
    }

    @Test
    void a_member_sees_a_project_meeting_in_their_agenda_and_a_stranger_gets_404() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn bo = users.registerAndSignIn("bo");
        Users.SignedIn eve = users.registerAndSignIn("eve");
        String project = users.shareProject(ada, bo, "member", "Team");

        Api.Response meeting = awaitCreated(
                ada,
                Map.of(
                        "title",
                        "Planning",
                        "start",
                        DAY + "T10:00",
                        "end",
                        DAY + "T11:00",
                        "timezone",
                        "UTC",
                        "projectId",
                        project,
                        "recurrence",
                        "FREQ=WEEKLY;COUNT=3"));
        String id = meeting.json().get("id").asString();

        List<JsonNode> agenda = agenda(bo, DAY, DAY.plusDays(20));
        assertThat(agenda)
                .filteredOn(i -> i.get("id").asString().equals(id))
                .extracting(i -> i.get("start").asString())
                .containsExactly(DAY + "T10:00", DAY.plusDays(7) + "T10:00", DAY.plusDays(14) + "T10:00");
        assertThat(api.get("/api/v1/events/" + id, bo.accessToken()).status()).isEqualTo(200);
        Api.Response hidden = api.get("/api/v1/events/" + id, eve.accessToken());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.header("Content-Type")).startsWith("application/problem+json");
        assertThat(agenda(eve, DAY, DAY.plusDays(20))).isEmpty();

        Api.Response cancelled = api.delete(
                "/api/v1/events/" + id + "?scope=this&occurrence=" + DAY.plusDays(7) + "T10:00", bo.accessToken());
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(204);
        assertThat(agenda(ada, DAY, DAY.plusDays(20)))
                .filteredOn(i -> i.get("id").asString().equals(id))
                .hasSize(2);
    }

    @Test
    void a_dated_task_made_through_the_tasks_api_shows_in_the_agenda_and_the_feed_parses() throws Exception {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Api.Response task = awaitTask(ada, Map.of("title", "File taxes", "due", Map.of("date", DAY.toString())));
        String taskId = task.json().get("id").asString();
        api.post(
                "/api/v1/events",
                Map.of("title", "Dentist", "start", DAY + "T15:00", "timezone", "UTC"),
                ada.accessToken());

        await("calendar hears of the task")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(agenda(ada, DAY, DAY))
                        .extracting(i ->
                                i.get("type").asString() + " " + i.get("title").asString())
                        .containsExactly("task File taxes", "event Dentist"));
        JsonNode item = agenda(ada, DAY, DAY).getFirst();
        assertThat(item.get("id").asString()).isEqualTo(taskId);
        assertThat(item.get("date").asString()).isEqualTo(DAY.toString());

        String url = api.get("/api/v1/calendar/feed", ada.accessToken())
                .json()
                .get("url")
                .asString();
        Api.Response feed = api.get(URI.create(url).getPath(), null);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        List<String> titles = new ArrayList<>();
        calendar.<VEvent>getComponents(Component.VEVENT)
                .forEach(v -> titles.add(v.getSummary().getValue()));
        assertThat(titles).contains("Dentist");
        assertThat(calendar.getComponents(Component.VTODO)).hasSize(1);

        String renewed = api.post("/api/v1/calendar/feed/reset", Map.of(), ada.accessToken())
                .json()
                .get("url")
                .asString();
        assertThat(api.get(URI.create(url).getPath(), null).status()).isEqualTo(404);
        assertThat(api.get(URI.create(renewed).getPath(), null).status()).isEqualTo(200);
    }

    /** A task made recurring through the tasks API reaches the agenda through its events, every occurrence. */
    @Test
    void a_recurring_task_made_through_the_tasks_api_shows_each_occurrence_in_the_agenda() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        awaitTask(
                ada,
                Map.of(
                        "title",
                        "Water the plants",
                        "due",
                        Map.of("date", DAY.toString(), "recurrence", "FREQ=DAILY;INTERVAL=2")));
        await("calendar hears of the task")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(agenda(ada, DAY, DAY.plusDays(6)))
                        .extracting(i -> i.get("date").asString())
                        .containsExactly(
                                DAY.toString(),
                                DAY.plusDays(2).toString(),
                                DAY.plusDays(4).toString(),
                                DAY.plusDays(6).toString()));
    }

    @Test
    void bad_input_is_a_400_problem() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("title", "x", "start", DAY + "T10:00", "end", DAY + "T09:00"),
                Map.of("title", "x", "start", DAY + "T10:00", "recurrence", "EVERY OTHER DAY"),
                Map.of("title", "x", "start", DAY + "T10:00", "recurrence", "FREQ=DAILY;COUNT=10000"),
                Map.of("title", "x", "start", DAY + "T10:00", "recurrence", "FREQ=DAILY;UNTIL=20000101"))) {
            Api.Response r = api.post("/api/v1/events", bad, ada.accessToken());
            assertThat(r.status()).as("%s: %s", bad, r.body()).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        Api.Response range = api.get("/api/v1/agenda?from=2026-01-01&to=2027-06-01", ada.accessToken());
        assertThat(range.status()).isEqualTo(400);
        assertThat(range.header("Content-Type")).startsWith("application/problem+json");
        Api.Response importBad = api.send(
                "POST", "/api/v1/events/import", null, ada.accessToken(), Map.of("Content-Type", "text/calendar"));
        assertThat(importBad.status()).isEqualTo(400);
    }

    private static List<JsonNode> agenda(Users.SignedIn user, LocalDate from, LocalDate to) {
        Api.Response r = api.get("/api/v1/agenda?from=" + from + "&to=" + to, user.accessToken());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().get("items").forEach(items::add);
        return items;
    }

    /** Creates an event, waiting until calendar has replicated the caller's membership of the project. */
    private static Api.Response awaitCreated(Users.SignedIn user, Map<String, ?> body) {
        return api.awaitCreated("/api/v1/events", body, user.accessToken());
    }

    /** Creates a task, waiting until tasks has replicated the caller's projects. */
    private static Api.Response awaitTask(Users.SignedIn user, Map<String, ?> body) {
        return api.awaitCreated("/api/v1/tasks", body, user.accessToken());
    }
}
