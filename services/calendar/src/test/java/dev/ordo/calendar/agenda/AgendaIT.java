package dev.ordo.calendar.agenda;

import static dev.ordo.calendar.support.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.calendar.support.IntegrationTestBase;
import dev.ordo.calendar.support.Others;
import dev.ordo.calendar.support.Person;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.testsupport.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The agenda built from the replicas (tasks, projects, members, users, all fed by events) and the events. */
class AgendaIT extends IntegrationTestBase {

    private List<JsonNode> agenda(Person p, String from, String to) {
        Api.Response r = api.get("/api/v1/agenda?from=" + from + "&to=" + to, p.token());
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.items();
    }

    private static List<String> described(List<JsonNode> items) {
        return items.stream()
                .map(i -> i.get("type").asString() + " " + i.get("title").asString() + " "
                        + (i.get("allDay").asBoolean()
                                ? i.get("date").asString()
                                : i.get("start").asString()))
                .toList();
    }

    @Test
    void tasks_of_my_projects_and_my_events_merge_in_my_time_zone_sorted_by_time() {
        Person ann = others.user("Europe/Paris");
        Person stranger = others.user("UTC");
        UUID inbox = others.project(ann, true);
        UUID team = others.project(ann, false);
        others.task(Others.openTask(inbox, "Pay rent", LocalDate.parse("2026-12-02"), null, null, null, null), true);
        // 08:30 UTC is 09:30 in Paris
        others.task(
                Others.openTask(
                        team,
                        "Call Bo",
                        LocalDate.parse("2026-12-02"),
                        Instant.parse("2026-12-02T08:30:00Z"),
                        "UTC",
                        null,
                        30),
                true);
        TaskState done = others.task(
                Others.openTask(inbox, "Done already", LocalDate.parse("2026-12-02"), null, null, null, null), true);
        others.task(Others.withStatus(done, "COMPLETED"), false);
        TaskState gone = others.task(
                Others.openTask(inbox, "Deleted", LocalDate.parse("2026-12-02"), null, null, null, null), true);
        others.deleteTask(gone.taskId(), inbox);
        others.task(Others.openTask(inbox, "Later", LocalDate.parse("2026-12-20"), null, null, null, null), true);
        assertThat(api.post(
                                "/api/v1/events",
                                ann.token(),
                                body(
                                        "title",
                                        "Standup",
                                        "start",
                                        "2026-12-02T09:00",
                                        "end",
                                        "2026-12-02T09:15",
                                        "projectId",
                                        team))
                        .status())
                .isEqualTo(201);
        api.post(
                "/api/v1/events",
                ann.token(),
                body("title", "Trip", "start", "2026-12-01", "end", "2026-12-03", "allDay", true));

        List<JsonNode> items = agenda(ann, "2026-12-02", "2026-12-02");
        assertThat(described(items))
                .containsExactly(
                        "event Trip 2026-12-01",
                        "task Pay rent 2026-12-02",
                        "event Standup 2026-12-02T09:00",
                        "task Call Bo 2026-12-02T09:30");
        JsonNode call = items.get(3);
        assertThat(call.get("end").asString()).isEqualTo("2026-12-02T10:00");
        assertThat(call.get("projectId").asString()).isEqualTo(team.toString());
        assertThat(call.get("recurring").asBoolean()).isFalse();
        assertThat(items.get(0).get("end").asString()).isEqualTo("2026-12-03");

        assertThat(agenda(stranger, "2026-12-01", "2026-12-31")).isEmpty();
    }

    @Test
    void recurring_tasks_show_each_occurrence_from_the_current_one_on() {
        Person ann = others.user("America/New_York");
        UUID inbox = others.project(ann, true);
        // every Monday, Wednesday and Friday at 9:00 in Paris, now due on Wednesday 2 December (08:00 UTC)
        others.task(
                Others.openTask(
                        inbox,
                        "Gym",
                        LocalDate.parse("2026-12-02"),
                        Instant.parse("2026-12-02T08:00:00Z"),
                        "Europe/Paris",
                        "DTSTART;TZID=Europe/Paris:20261130T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR",
                        null),
                true);
        // the 1st of each month, by date
        others.task(
                Others.openTask(
                        inbox,
                        "Rent",
                        LocalDate.parse("2026-12-01"),
                        null,
                        null,
                        "DTSTART;VALUE=DATE:20261101\nRRULE:FREQ=MONTHLY;BYMONTHDAY=1",
                        null),
                true);

        List<JsonNode> items = agenda(ann, "2026-11-30", "2027-01-01");
        List<String> gym = items.stream()
                .filter(i -> i.get("title").asString().equals("Gym"))
                .map(i -> i.get("start").asString())
                .toList();
        // 9:00 in Paris is 3:00 in New York; the first occurrence shown is the current one (not Monday's)
        assertThat(gym.getFirst()).isEqualTo("2026-12-02T03:00");
        assertThat(gym)
                .contains("2026-12-04T03:00", "2026-12-07T03:00", "2026-12-30T03:00", "2027-01-01T03:00")
                .hasSize(14);
        assertThat(items.stream()
                        .filter(i -> i.get("title").asString().equals("Rent"))
                        .map(i -> i.get("date").asString()))
                .containsExactly("2026-12-01", "2027-01-01");
        JsonNode first = items.stream()
                .filter(i -> i.get("title").asString().equals("Gym"))
                .findFirst()
                .orElseThrow();
        assertThat(first.get("recurring").asBoolean()).isTrue();
        assertThat(first.get("occurrence").asString()).isEqualTo("2026-12-02");
    }

    @Test
    void recurring_events_are_expanded_with_their_changed_and_cancelled_occurrences_across_daylight_saving_time() {
        Person ann = others.user("UTC");
        String id = api.post(
                        "/api/v1/events",
                        ann.token(),
                        body(
                                "title",
                                "Sync",
                                "start",
                                "2026-10-19T09:00",
                                "end",
                                "2026-10-19T10:00",
                                "timezone",
                                "Europe/Paris",
                                "recurrence",
                                "FREQ=WEEKLY;COUNT=4"))
                .id();
        api.delete("/api/v1/events/" + id + "?scope=this&occurrence=2026-10-26T09:00", ann.token());
        api.patch(
                "/api/v1/events/" + id + "?scope=this&occurrence=2026-11-02T09:00",
                ann.token(),
                body("title", "Sync (moved)", "start", "2026-11-03T09:00", "end", "2026-11-03T10:00"));

        List<JsonNode> items = agenda(ann, "2026-10-01", "2026-11-30");
        // 9:00 in Paris: 7:00 UTC in summer time, 8:00 UTC after 25 October
        assertThat(described(items))
                .containsExactly(
                        "event Sync 2026-10-19T07:00",
                        "event Sync (moved) 2026-11-03T08:00",
                        "event Sync 2026-11-09T08:00");
        assertThat(items.get(1).get("occurrence").asString()).isEqualTo("2026-11-02T09:00");
    }

    @Test
    void a_range_longer_than_366_days_or_backwards_or_missing_is_refused() {
        Person ann = others.user("UTC");
        for (String query : List.of(
                "from=2026-01-01&to=2027-01-02", "from=2026-02-01&to=2026-01-01", "from=2026-01-01", "from=x&to=y")) {
            Api.Response r = api.get("/api/v1/agenda?" + query, ann.token());
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(api.get("/api/v1/agenda?from=2026-01-01&to=2027-01-01", ann.token())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void a_member_who_leaves_loses_the_projects_tasks_and_meetings() {
        Person ann = others.user("UTC");
        Person bo = others.user("UTC");
        UUID team = others.project(ann, false);
        others.join(team, bo, "member");
        others.task(Others.openTask(team, "Team task", LocalDate.parse("2026-12-05"), null, null, null, null), true);
        api.post(
                "/api/v1/events",
                ann.token(),
                body("title", "Team meeting", "start", "2026-12-05T10:00", "projectId", team));
        assertThat(agenda(bo, "2026-12-05", "2026-12-05")).hasSize(2);

        others.leave(team, bo, "member");
        assertThat(agenda(bo, "2026-12-05", "2026-12-05")).isEmpty();
    }
}
