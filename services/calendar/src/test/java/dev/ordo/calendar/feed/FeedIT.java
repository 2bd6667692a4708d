package dev.ordo.calendar.feed;

import static dev.ordo.calendar.support.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.calendar.support.IntegrationTestBase;
import dev.ordo.calendar.support.Others;
import dev.ordo.calendar.support.Person;
import dev.ordo.testsupport.Api;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The feed's address, its secret, and what it says: valid RFC 5545 whose occurrences are the agenda's. */
class FeedIT extends IntegrationTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final HttpClient http = HttpClient.newHttpClient();

    /** Reads the feed as a calendar app does: no token. */
    private HttpResponse<String> read(String url) throws Exception {
        String path = URI.create(url).getPath();
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_address_is_made_once_and_a_reset_makes_the_old_one_unknown() throws Exception {
        Person ann = others.user("UTC");
        String url = api.get("/api/v1/calendar/feed", ann.token()).field("url");
        assertThat(url).startsWith("https://ordo.test/api/v1/calendar/feed/").endsWith(".ics");
        assertThat(api.get("/api/v1/calendar/feed", ann.token()).field("url")).isEqualTo(url);
        HttpResponse<String> feed = read(url);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");

        String renewed = api.post("/api/v1/calendar/feed/reset", ann.token()).field("url");
        assertThat(renewed).isNotEqualTo(url);
        assertThat(read(url).statusCode()).isEqualTo(404);
        assertThat(read(renewed).statusCode()).isEqualTo(200);
        assertThat(read(url.replace(".ics", "x.ics")).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/calendar/feed", null).status()).isEqualTo(401);
    }

    @Test
    void every_occurrence_of_the_feed_in_a_window_is_one_of_the_agendas() throws Exception {
        Person ann = others.user("Europe/Paris");
        UUID inbox = others.project(ann, true);
        String sync = api.post(
                        "/api/v1/events",
                        ann.token(),
                        body(
                                "title",
                                "Sync",
                                "start",
                                "2026-10-19T09:00",
                                "end",
                                "2026-10-19T10:00",
                                "recurrence",
                                "FREQ=WEEKLY;COUNT=6",
                                "attendees",
                                List.of("bo@example.com")))
                .id();
        api.delete("/api/v1/events/" + sync + "?scope=this&occurrence=2026-10-26T09:00", ann.token());
        api.patch(
                "/api/v1/events/" + sync + "?scope=this&occurrence=2026-11-09T09:00",
                ann.token(),
                body("title", "Sync (moved)", "start", "2026-11-10T14:00", "end", "2026-11-10T15:00"));
        api.post(
                "/api/v1/events",
                ann.token(),
                body(
                        "title",
                        "Daily",
                        "start",
                        "2026-10-30T18:00",
                        "timezone",
                        "America/New_York",
                        "recurrence",
                        "FREQ=DAILY;UNTIL=20261105T000000Z"));
        api.post(
                "/api/v1/events",
                ann.token(),
                body("title", "Holiday", "start", "2026-11-11", "allDay", true, "recurrence", "FREQ=YEARLY"));
        api.post(
                "/api/v1/events",
                ann.token(),
                body("title", "Utc call", "start", "2026-11-20T16:00", "timezone", "UTC"));
        others.task(
                Others.openTask(
                        inbox,
                        "Gym",
                        LocalDate.parse("2026-10-21"),
                        Instant.parse("2026-10-21T05:00:00Z"),
                        "Europe/Paris",
                        "DTSTART;TZID=Europe/Paris:20261019T070000\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=8",
                        45),
                true);
        others.task(
                Others.openTask(
                        inbox,
                        "Dentist",
                        LocalDate.parse("2026-11-03"),
                        Instant.parse("2026-11-03T15:30:00Z"),
                        "UTC",
                        null,
                        null),
                true);
        others.task(
                Others.openTask(
                        inbox,
                        "Rent",
                        LocalDate.parse("2026-11-01"),
                        null,
                        null,
                        "DTSTART;VALUE=DATE:20261101\nRRULE:FREQ=MONTHLY",
                        null),
                true);

        String ics =
                read(api.get("/api/v1/calendar/feed", ann.token()).field("url")).body();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();

        LocalDate from = LocalDate.parse("2026-10-15");
        LocalDate to = LocalDate.parse("2026-11-30");
        Set<String> fromFeed = occurrences(
                calendar,
                from.atStartOfDay(PARIS).toInstant(),
                to.plusDays(1).atStartOfDay(PARIS).toInstant());
        Set<String> fromAgenda = new TreeSet<>();
        for (JsonNode item : api.get("/api/v1/agenda?from=" + from + "&to=" + to, ann.token())
                .items()) {
            String uid = item.get("type").asString().equals("event")
                    ? item.get("id").asString() + "@ordo"
                    : "task-event-" + item.get("id").asString() + "@ordo";
            if (item.get("allDay").asBoolean()) {
                if (item.get("type").asString().equals("event")) {
                    fromAgenda.add(uid + " " + item.get("date").asString());
                }
            } else {
                fromAgenda.add(uid + " "
                        + LocalDateTime.parse(item.get("start").asString())
                                .atZone(PARIS)
                                .toInstant());
            }
        }
        assertThat(fromFeed).hasSize(6 - 1 + 6 + 1 + 1 + 7 + 1);
        assertThat(fromFeed).isEqualTo(fromAgenda);

        List<VToDo> todos = calendar.getComponents(Component.VTODO);
        assertThat(todos)
                .extracting(t -> t.getSummary().getValue())
                .containsExactlyInAnyOrder("Gym", "Dentist", "Rent");
        VToDo rent = todos.stream()
                .filter(t -> t.getSummary().getValue().equals("Rent"))
                .findFirst()
                .orElseThrow();
        assertThat(rent.getProperty(Property.RRULE).orElseThrow().getValue()).isEqualTo("FREQ=MONTHLY");
        assertThat(ics)
                .contains(
                        "EXDATE;TZID=Europe/Paris:20261026T090000",
                        "RECURRENCE-ID;TZID=Europe/Paris:20261109T090000",
                        "BEGIN:VTIMEZONE",
                        "ATTENDEE:mailto:bo@example.com");
    }

    /** Each VEVENT's occurrences in the window (ical4j's expansion), a changed one replacing its original. */
    private static Set<String> occurrences(Calendar calendar, Instant from, Instant to) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Set<String> replaced = new HashSet<>();
        for (VEvent v : events) {
            v.getProperty(Property.RECURRENCE_ID)
                    .ifPresent(r -> replaced.add(v.getUid().orElseThrow().getValue() + " "
                            + instantOrDate(((net.fortuna.ical4j.model.property.RecurrenceId<?>) r).getDate())));
        }
        Set<String> result = new TreeSet<>();
        for (VEvent v : events) {
            String uid = v.getUid().orElseThrow().getValue();
            boolean allDay = v.getDateTimeStart().getDate() instanceof LocalDate;
            Period<Temporal> window = allDay
                    ? new Period<>(LocalDate.ofInstant(from, PARIS), LocalDate.ofInstant(to, PARIS))
                    : new Period<>(from.atZone(ZoneOffset.UTC), to.atZone(ZoneOffset.UTC));
            for (Period<Temporal> p : v.<Temporal>calculateRecurrenceSet(window)) {
                String key = uid + " " + instantOrDate(p.getStart());
                if (v.getProperty(Property.RECURRENCE_ID).isPresent() || !replaced.contains(key)) {
                    result.add(key);
                }
            }
        }
        return result;
    }

    private static String instantOrDate(Temporal t) {
        return switch (t) {
            case LocalDate d -> d.toString();
            case ZonedDateTime z -> z.toInstant().toString();
            case OffsetDateTime o -> o.toInstant().toString();
            case Instant i -> i.toString();
            default -> throw new IllegalStateException("a time of an unexpected kind: " + t);
        };
    }

    @Test
    void an_import_makes_personal_events_and_a_bad_body_is_a_400() {
        Person ann = others.user("Europe/Paris");
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//EN
                BEGIN:VEVENT
                UID:weekly@test
                DTSTAMP:20261101T000000Z
                DTSTART;TZID=Europe/Paris:20261102T100000
                DTEND;TZID=Europe/Paris:20261102T110000
                SUMMARY:Imported weekly
                LOCATION:Room 2
                RRULE:FREQ=WEEKLY;COUNT=3
                EXDATE;TZID=Europe/Paris:20261109T100000
                ATTENDEE:mailto:cy@example.com
                END:VEVENT
                BEGIN:VEVENT
                UID:weekly@test
                DTSTAMP:20261101T000000Z
                RECURRENCE-ID;TZID=Europe/Paris:20261116T100000
                DTSTART;TZID=Europe/Paris:20261116T150000
                DTEND;TZID=Europe/Paris:20261116T160000
                SUMMARY:Imported (moved)
                END:VEVENT
                BEGIN:VEVENT
                UID:day@test
                DTSTAMP:20261101T000000Z
                DTSTART;VALUE=DATE:20261124
                DTEND;VALUE=DATE:20261126
                SUMMARY:Conference
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n");
        Api.Response imported =
                api.send("POST", "/api/v1/events/import", ann.token(), ics, Map.of("Content-Type", "text/calendar"));
        assertThat(imported.status()).as("%s", imported).isEqualTo(201);
        List<JsonNode> items = imported.items();
        assertThat(items).hasSize(2);
        JsonNode weekly = items.getFirst();
        assertThat(weekly.get("timezone").asString()).isEqualTo("Europe/Paris");
        assertThat(weekly.get("start").asString()).isEqualTo("2026-11-02T10:00");
        assertThat(weekly.get("recurrence").asString()).isEqualTo("FREQ=WEEKLY;COUNT=3");
        assertThat(weekly.get("exceptions")).hasSize(2);
        assertThat(items.get(1).get("end").asString()).isEqualTo("2026-11-25");
        assertThat(api.get("/api/v1/agenda?from=2026-11-01&to=2026-11-30", ann.token())
                        .titles())
                .containsExactly("Imported weekly", "Imported (moved)", "Conference");

        for (String bad : List.of(
                "hello",
                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                ics.replace("FREQ=WEEKLY;COUNT=3", "FREQ=WEEKLY;COUNT=5000"))) {
            Api.Response r = api.send(
                    "POST", "/api/v1/events/import", ann.token(), bad, Map.of("Content-Type", "text/calendar"));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
        Api.Response huge = api.send(
                "POST",
                "/api/v1/events/import",
                ann.token(),
                "X".repeat(300_000),
                Map.of("Content-Type", "text/calendar"));
        assertThat(huge.status()).isEqualTo(413);
    }
}
