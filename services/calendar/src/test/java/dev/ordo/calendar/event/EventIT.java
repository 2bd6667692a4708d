package dev.ordo.calendar.event;

import static dev.ordo.calendar.support.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.calendar.support.IntegrationTestBase;
import dev.ordo.calendar.support.Person;
import dev.ordo.contracts.calendar.CalendarEvents;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Events through the API: who sees and changes what, the API's rules, recurring events' scopes, the events published. */
class EventIT extends IntegrationTestBase {

    private Api.Response create(Person p, Map<String, Object> body) {
        return api.post("/api/v1/events", p.token(), body);
    }

    @Test
    void a_project_meeting_is_seen_by_its_members_changed_by_members_and_hidden_from_strangers() {
        Person ann = others.user("Europe/Paris");
        Person viewer = others.user("UTC");
        Person stranger = others.user("UTC");
        UUID project = others.project(ann, false);
        others.join(project, viewer, "viewer");

        Api.Response created = create(
                ann,
                body(
                        "title",
                        "Standup",
                        "start",
                        "2026-12-01T09:00",
                        "end",
                        "2026-12-01T09:15",
                        "projectId",
                        project,
                        "attendees",
                        List.of("Bo@Example.com"),
                        "location",
                        "Room 1"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode event = created.json();
        assertThat(event.get("timezone").asString()).isEqualTo("Europe/Paris");
        assertThat(event.get("attendees").get(0).asString()).isEqualTo("bo@example.com");
        assertThat(event.get("allDay").asBoolean()).isFalse();
        assertThat(created.header("ETag")).contains("\"1\"");
        String path = "/api/v1/events/" + created.id();

        assertThat(api.get(path, viewer.token()).status()).isEqualTo(200);
        assertThat(api.get(path, stranger.token()).status()).isEqualTo(404);
        assertThat(api.get(path, stranger.token()).problem()).isEqualTo("not-found");
        assertThat(api.patch(path, viewer.token(), body("title", "mine now")).status())
                .isEqualTo(403);
        assertThat(api.patch(path, stranger.token(), body("title", "mine now")).status())
                .isEqualTo(404);
        assertThat(api.delete(path, stranger.token()).status()).isEqualTo(404);
        assertThat(create(viewer, body("title", "x", "start", "2026-12-01T09:00", "projectId", project))
                        .status())
                .isEqualTo(403);
        assertThat(create(stranger, body("title", "x", "start", "2026-12-01T09:00", "projectId", project))
                        .status())
                .isEqualTo(404);

        others.leave(project, viewer, "viewer");
        assertThat(api.get(path, viewer.token()).status()).isEqualTo(404);

        try (TopicProbe probe = TopicProbe.of(broker.getBrokersAsString(), CalendarEvents.EVENT_CREATED)) {
            CalendarEvents.EventCreated published = probe.awaitEvent(
                    CalendarEvents.EVENT_CREATED,
                    e -> e.event().eventId().toString().equals(created.id()));
            assertThat(published.event().projectId()).isEqualTo(project);
            assertThat(published.event().start()).isEqualTo("2026-12-01T09:00");
        }
    }

    @Test
    void a_personal_event_is_its_creators_alone() {
        Person ann = others.user("UTC");
        Person bo = others.user("UTC");
        Api.Response created = create(ann, body("title", "Dentist", "start", "2026-12-02", "allDay", true));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("end").asString()).isEqualTo("2026-12-02");
        assertThat(api.get("/api/v1/events/" + created.id(), bo.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/events", bo.token()).items()).isEmpty();
        assertThat(api.get("/api/v1/events", ann.token()).titles()).containsExactly("Dentist");
    }

    @Test
    void bad_input_is_a_400_problem() {
        Person ann = others.user("UTC");
        List<Map<String, Object>> bad = List.of(
                body("title", "x", "start", "2026-12-01T09:00", "end", "2026-12-01T08:00"),
                body("title", "x", "start", "2026-12-01T09:00", "recurrence", "FREQ=SOMETIMES"),
                body("title", "x", "start", "2026-12-01T09:00", "recurrence", "FREQ=DAILY;COUNT=10000"),
                body("title", "x", "start", "2026-12-01T09:00", "recurrence", "FREQ=DAILY;UNTIL=20261101T000000Z"),
                body("title", "x", "start", "tomorrow"),
                body("title", "x", "start", "2026-12-01T09:00", "allDay", true),
                body("title", "x", "start", "2026-12-01T09:00", "timezone", "Mars/Olympus"),
                body("title", "x", "start", "2026-12-01T09:00", "attendees", List.of("not an address")),
                body("title", "", "start", "2026-12-01T09:00"),
                body("start", "2026-12-01T09:00"),
                body("title", "x", "start", "2026-12-01T09:00", "colour", "red"));
        for (Map<String, Object> b : bad) {
            Api.Response r = create(ann, b);
            assertThat(r.status()).as("%s -> %s", b, r).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(api.get("/api/v1/events?limit=0", ann.token()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/events?cursor=nonsense", ann.token()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/events/not-a-uuid", ann.token()).status()).isEqualTo(400);
    }

    @Test
    void a_change_with_an_old_etag_is_refused_and_a_create_is_repeated_under_its_idempotency_key() {
        Person ann = others.user("UTC");
        Api.Response created = create(ann, body("title", "Review", "start", "2026-12-03T14:00"));
        String path = "/api/v1/events/" + created.id();
        Api.Response changed = api.patch(
                path, ann.token(), body("title", "Review v2", "description", "notes"), Map.of("If-Match", "\"1\""));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("version").asLong()).isEqualTo(2);
        assertThat(changed.json().get("end").asString()).isEqualTo("2026-12-03T15:00");
        assertThat(api.patch(path, ann.token(), body("title", "stale"), Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(412);
        assertThat(api.patch(path, ann.token(), body("title", null)).status()).isEqualTo(400);
        assertThat(api.patch(path, ann.token(), body("description", null))
                        .json()
                        .get("description")
                        .isNull())
                .isTrue();

        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Api.Response first =
                api.post("/api/v1/events", ann.token(), body("title", "Once", "start", "2026-12-04T10:00"), key);
        Api.Response again =
                api.post("/api/v1/events", ann.token(), body("title", "Once", "start", "2026-12-04T10:00"), key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(first.id());

        assertThat(api.delete(path, ann.token(), Map.of("If-Match", "\"1\"")).status())
                .isEqualTo(412);
        assertThat(api.delete(path, ann.token()).status()).isEqualTo(204);
        assertThat(api.get(path, ann.token()).status()).isEqualTo(404);
        try (TopicProbe probe = TopicProbe.of(broker.getBrokersAsString(), CalendarEvents.EVENT_DELETED)) {
            probe.awaitEvent(
                    CalendarEvents.EVENT_DELETED, e -> e.eventId().toString().equals(created.id()));
        }
    }

    @Test
    void one_occurrence_changes_or_goes_and_a_series_splits_from_an_occurrence_on() {
        Person ann = others.user("Europe/Paris");
        Api.Response created = create(
                ann,
                body(
                        "title",
                        "Weekly",
                        "start",
                        "2026-12-01T09:00",
                        "end",
                        "2026-12-01T10:00",
                        "recurrence",
                        "FREQ=WEEKLY;COUNT=6"));
        String path = "/api/v1/events/" + created.id();

        Api.Response moved = api.patch(
                path + "?scope=this&occurrence=2026-12-08T09:00",
                ann.token(),
                body("start", "2026-12-09T11:00", "end", "2026-12-09T12:00", "title", "Moved"));
        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        JsonNode change = moved.json().get("exceptions").get(0);
        assertThat(change.get("occurrence").asString()).isEqualTo("2026-12-08T09:00");
        assertThat(change.get("start").asString()).isEqualTo("2026-12-09T11:00");

        assertThat(api.delete(path + "?scope=this&occurrence=2026-12-15T09:00", ann.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.get(path, ann.token()).json().get("exceptions")).hasSize(2);

        assertThat(api.patch(path + "?scope=this&occurrence=2026-12-16T09:00", ann.token(), body("title", "x"))
                        .status())
                .as("not an occurrence")
                .isEqualTo(400);
        assertThat(api.patch(path + "?scope=this", ann.token(), body("title", "x"))
                        .status())
                .isEqualTo(400);
        assertThat(api.patch(path + "?scope=sometimes", ann.token(), body("title", "x"))
                        .status())
                .isEqualTo(400);
        assertThat(api.patch(path + "?scope=this&occurrence=2026-12-22T09:00", ann.token(), body("recurrence", null))
                        .status())
                .as("one occurrence has no rule of its own")
                .isEqualTo(400);

        Api.Response following = api.patch(
                path + "?scope=following&occurrence=2026-12-22T09:00",
                ann.token(),
                body("start", "2026-12-22T10:00", "end", "2026-12-22T11:00"));
        assertThat(following.status()).as("%s", following).isEqualTo(200);
        assertThat(following.id()).isNotEqualTo(created.id());
        assertThat(following.json().get("recurrence").asString()).isEqualTo("FREQ=WEEKLY;COUNT=3");
        assertThat(following.json().get("start").asString()).isEqualTo("2026-12-22T10:00");
        JsonNode ended = api.get(path, ann.token()).json();
        assertThat(ended.get("recurrence").asString()).isEqualTo("FREQ=WEEKLY;COUNT=3");
        assertThat(ended.get("exceptions")).hasSize(2);

        assertThat(api.delete(
                                "/api/v1/events/" + following.id() + "?scope=following&occurrence=2026-12-29T10:00",
                                ann.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/events/" + following.id(), ann.token())
                        .json()
                        .get("recurrence")
                        .asString())
                .isEqualTo("FREQ=WEEKLY;COUNT=1");

        Api.Response all = api.patch(
                path + "?scope=all", ann.token(), body("start", "2026-12-01T08:00", "end", "2026-12-01T09:00"));
        assertThat(all.json().get("exceptions"))
                .as("a new time drops the changed occurrences")
                .isEmpty();
        try (TopicProbe probe = TopicProbe.of(broker.getBrokersAsString(), CalendarEvents.EVENT_UPDATED)) {
            CalendarEvents.EventUpdated one = probe.awaitEvent(
                    CalendarEvents.EVENT_UPDATED,
                    e -> e.event().eventId().toString().equals(created.id())
                            && e.scope().equals("this"));
            assertThat(one.occurrence()).isEqualTo("2026-12-08T09:00");
        }
    }
}
