package dev.ordo.notifications.preference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.support.IntegrationTestBase;
import dev.ordo.notifications.support.Person;
import dev.ordo.testsupport.Api;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PreferencesIT extends IntegrationTestBase {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    void a_user_who_never_chose_has_every_type_on_but_completed_tasks_no_quiet_hours_and_no_digest() {
        Person ada = others.user("Ada", "Europe/Berlin", "de");

        JsonNode prefs =
                api.get("/api/v1/notification-preferences", ada.token()).json();

        assertThat(prefs.get("types").propertyNames())
                .containsExactlyInAnyOrder(
                        "task.assigned",
                        "comment.mentioned",
                        "comment.added",
                        "invitation.received",
                        "invitation.accepted",
                        "invitation.rejected",
                        "task.completed",
                        "reminder",
                        "digest");
        assertThat(prefs.get("types").get("task.assigned").get("email").asBoolean())
                .isTrue();
        assertThat(prefs.get("types").get("task.assigned").get("push").asBoolean())
                .isTrue();
        assertThat(prefs.get("types").get("task.completed").get("in_app").asBoolean())
                .isFalse();
        assertThat(prefs.get("quietHours").isNull()).isTrue();
        assertThat(prefs.get("digest").get("enabled").asBoolean()).isFalse();
        assertThat(prefs.get("digest").get("time").asString()).isEqualTo("08:00");
        assertThat(prefs.get("defaultReminderMinutes").isNull()).isTrue();
        assertThat(prefs.get("timezone").asString()).isEqualTo("Europe/Berlin");
    }

    @Test
    void what_is_put_is_what_is_read_back() {
        Person ada = others.user("Ada");

        Api.Response put = api.put(
                "/api/v1/notification-preferences",
                ada.token(),
                Map.of(
                        "types", Map.of("comment.added", Map.of("email", false, "push", false)),
                        "quietHours", Map.of("start", "22:00", "end", "07:00"),
                        "digest", Map.of("enabled", true, "time", "07:30"),
                        "defaultReminderMinutes", 30,
                        "timezone", "Ignored/Zone"));

        assertThat(put.status()).as("%s", put).isEqualTo(200);
        JsonNode prefs =
                api.get("/api/v1/notification-preferences", ada.token()).json();
        assertThat(prefs.get("types").get("comment.added").get("in_app").asBoolean())
                .isTrue();
        assertThat(prefs.get("types").get("comment.added").get("email").asBoolean())
                .isFalse();
        assertThat(prefs.get("types").get("comment.added").get("push").asBoolean())
                .isFalse();
        assertThat(prefs.get("quietHours").get("start").asString()).isEqualTo("22:00");
        assertThat(prefs.get("quietHours").get("end").asString()).isEqualTo("07:00");
        assertThat(prefs.get("digest").get("time").asString()).isEqualTo("07:30");
        assertThat(prefs.get("defaultReminderMinutes").asInt()).isEqualTo(30);
        assertThat(prefs.get("timezone").asString()).isEqualTo("UTC");
    }

    @Test
    void an_unknown_type_or_channel_a_bad_time_or_reminder_is_a_400_problem() {
        Person ada = others.user("Ada");
        Map<String, Object> digest = Map.of("enabled", false, "time", "08:00");

        for (Object body : new Object[] {
            Map.of("types", Map.of("task.exploded", Map.of("email", true)), "digest", digest),
            Map.of("types", Map.of("task.assigned", Map.of("pigeon", true)), "digest", digest),
            Map.of("types", Map.of(), "digest", Map.of("enabled", true, "time", "25:00")),
            Map.of("types", Map.of(), "digest", digest, "quietHours", Map.of("start", "22:00", "end", "7am")),
            Map.of("types", Map.of(), "digest", digest, "quietHours", Map.of("start", "22:00", "end", "22:00")),
            Map.of("types", Map.of(), "digest", digest, "defaultReminderMinutes", -5),
            Map.of("types", Map.of(), "digest", digest, "surprise", true),
            Map.of("digest", digest)
        }) {
            Api.Response r = api.put("/api/v1/notification-preferences", ada.token(), body);
            assertThat(r.status()).as("%s → %s", body, r).isEqualTo(400);
            assertThat(r.isProblem()).as("%s", r).isTrue();
        }
    }

    @Test
    void with_email_off_for_a_type_it_is_told_in_the_app_but_no_mail_is_queued() {
        Person ada = others.user("Ada");
        Person bob = others.user("Bob");
        UUID project = others.project("Home", bob, ada);
        api.put(
                "/api/v1/notification-preferences",
                ada.token(),
                Map.of(
                        "types", Map.of("task.assigned", Map.of("email", false)),
                        "digest", Map.of("enabled", false, "time", "08:00")));

        others.send(others.assignment(others.task(project, bob, "Buy milk"), bob, ada, "assigned"));
        awaitNotifications(ada, "task.assigned", 1);

        UUID notification = notificationOf(ada, "task.assigned");
        assertThat(inbox(ada)).hasSize(1);
        assertThat(channels(notification)).containsExactly("push");
    }

    @Test
    void within_quiet_hours_email_and_push_wait_until_they_end_in_the_users_zone_while_the_app_is_told_at_once() {
        Person ada = others.user("Ada", "America/New_York", "en");
        Person bob = others.user("Bob");
        UUID project = others.project("Home", bob, ada);
        ZoneId zone = ZoneId.of("America/New_York");
        ZonedDateTime local = ZonedDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
        LocalTime start = local.minusHours(1).toLocalTime();
        LocalTime end = local.plusHours(1).toLocalTime();
        api.put(
                "/api/v1/notification-preferences",
                ada.token(),
                Map.of(
                        "types", Map.of(),
                        "quietHours", Map.of("start", start.format(HH_MM), "end", end.format(HH_MM)),
                        "digest", Map.of("enabled", false, "time", "08:00")));

        others.send(others.assignment(others.task(project, bob, "Buy milk"), bob, ada, "assigned"));
        awaitNotifications(ada, "task.assigned", 1);

        Instant quietEnds = local.plusHours(1).toInstant();
        UUID notification = notificationOf(ada, "task.assigned");
        assertThat(inbox(ada)).hasSize(1);
        for (String channel : new String[] {"email", "push"}) {
            assertThat(jdbc.sql(
                                    "select status, next_attempt_at from delivery where notification_id = :n and channel = :c")
                            .param("n", notification)
                            .param("c", channel)
                            .query((rs, n) -> rs.getString("status") + " "
                                    + rs.getTimestamp("next_attempt_at").toInstant())
                            .single())
                    .isEqualTo("pending " + quietEnds);
        }
        assertThat(quietEnds).isAfter(Instant.now());
    }

    private List<String> channels(UUID notification) {
        return jdbc.sql("select channel from delivery where notification_id = :n order by channel")
                .param("n", notification)
                .query(String.class)
                .list();
    }
}
