package dev.ordo.notifications.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.support.IntegrationTestBase;
import dev.ordo.notifications.support.Mailbox;
import dev.ordo.notifications.support.Person;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The digest at a time of the test's choosing: each user's digest time is set 6 hours from now in their zone (the
 * minute job, running on the real clock meanwhile, leaves it alone), and the test runs the job's work at that time.
 */
class DigestIT extends IntegrationTestBase {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    DigestService digests;

    @Test
    void at_the_users_digest_time_in_their_zone_they_get_one_digest_of_their_open_tasks_due_today_or_overdue() {
        Person ada = others.user("Ada", TOKYO.getId(), "en");
        Person bob = others.user("Bob");
        UUID project = others.project("Home", ada, bob);
        Instant at = Instant.now().plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.MINUTES);
        LocalDate today = LocalDate.ofInstant(at, TOKYO);
        digestAt(ada, LocalTime.ofInstant(at, TOKYO));
        others.task(project, ada, "Overdue", today.minusDays(3));
        others.task(project, ada, "Due today", today);
        others.task(project, ada, "Due tomorrow", today.plusDays(1));
        UUID bobs = others.task(project, ada, "Given to Bob", today);
        others.assign(bobs, ada, bob);
        UUID done = others.task(project, ada, "Done already", today);
        others.complete(done, ada);
        others.upstream()
                .awaitCount(
                        1,
                        "select count(*) from task_replica where id = :id and status = 'COMPLETED'",
                        Map.of("id", done));

        assertThat(digests.makeDue(at.minusSeconds(60))).as("a minute early").isZero();
        assertThat(digests.makeDue(at.plusSeconds(30))).isEqualTo(1);
        assertThat(digests.makeDue(at.plusSeconds(90))).as("once a day").isZero();

        JsonNode digest = inbox(ada).getFirst();
        assertThat(digest.get("type").asString()).isEqualTo("digest");
        assertThat(digest.get("text").asString()).isEqualTo("Today: “Overdue” and 1 more");
        assertThat(digest.get("actor").isNull()).isTrue();
        Mailbox.Mail mail = Mailbox.awaitMails(ada.email(), 1).getFirst();
        assertThat(mail.text())
                .contains("Your tasks for "
                        + DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", java.util.Locale.ENGLISH)
                                .format(today))
                .contains("- Overdue (overdue since")
                .contains("- Due today (today)")
                .doesNotContain("Due tomorrow")
                .doesNotContain("Given to Bob")
                .doesNotContain("Done already");
        assertThat(mail.html()).contains("<li>Due today");
    }

    @Test
    void nothing_due_makes_no_digest_and_a_digest_turned_off_none_at_all() {
        Person ada = others.user("Ada", TOKYO.getId(), "en");
        Person cem = others.user("Cem", TOKYO.getId(), "en");
        UUID project = others.project("Home", cem);
        Instant at = Instant.now().plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.MINUTES);
        digestAt(ada, LocalTime.ofInstant(at, TOKYO));
        others.task(project, cem, "Cem's, due", LocalDate.ofInstant(at, TOKYO));

        digests.makeDue(at.plusSeconds(30));

        assertThat(notifications(ada, "digest")).isZero();
        assertThat(notifications(cem, "digest")).as("Cem has no digest on").isZero();
    }

    private void digestAt(Person person, LocalTime time) {
        var r = api.put(
                "/api/v1/notification-preferences",
                person.token(),
                Map.of(
                        "types", Map.of(),
                        "digest", Map.of("enabled", true, "time", time.format(DateTimeFormatter.ofPattern("HH:mm")))));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
    }
}
