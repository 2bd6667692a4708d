package dev.ordo.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.support.IntegrationTestBase;
import dev.ordo.notifications.support.Mailbox;
import dev.ordo.notifications.support.Person;
import dev.ordo.testsupport.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailIT extends IntegrationTestBase {

    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    @Test
    void a_mail_has_a_text_and_an_html_part_with_escaped_values_and_one_click_unsubscribe_headers() {
        Person ada = others.user("Ada", "Europe/Berlin", "fr-CA");
        Person bob = others.user("Bob <the builder>");
        UUID project = others.project("Home", bob, ada);
        UUID task = others.task(project, bob, "Fix <b>this</b> & that", LocalDate.of(2026, 3, 3));

        others.send(others.assignment(task, bob, ada, "assigned"));

        Mailbox.Mail mail = Mailbox.awaitMails(ada.email(), 1).getFirst();
        assertThat(mail.subject()).isEqualTo("Bob <the builder> assigned you “Fix <b>this</b> & that”");
        assertThat(mail.contentType()).startsWith("multipart/");
        assertThat(mail.text())
                .contains("Hi Ada,")
                .contains("Bob <the builder> assigned you a task: \"Fix <b>this</b> & that\".")
                .contains("Due Tuesday, March 3, 2026.")
                .contains(Mailbox.APP_URL + "/projects/" + project + "?task=" + task)
                .contains(Mailbox.APP_URL + "/api/v1/notifications/unsubscribe?token=");
        assertThat(mail.html())
                .contains("Bob &lt;the builder&gt; assigned you a task: <strong>Fix &lt;b&gt;this&lt;/b&gt; &amp; that")
                .doesNotContain("<b>this</b>");
        assertThat(mail.listUnsubscribe())
                .startsWith("<" + Mailbox.APP_URL + "/api/v1/notifications/unsubscribe?token=")
                .endsWith(">");
        assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        awaitDelivery(notificationOf(ada, "task.assigned"), "email", "sent");
    }

    @Test
    void a_german_user_gets_the_mail_in_german_with_the_due_time_in_their_zone_and_an_english_user_in_english() {
        Person jana = others.user("Jana", "America/New_York", "de-DE");
        Person ada = others.user("Ada", "Europe/London", "en");
        Person bob = others.user("Bob");
        UUID project = others.project("Garten", bob, jana, ada);
        Instant due = Instant.parse("2026-11-30T19:00:00Z");
        UUID janas = others.task(project, bob, "Milch kaufen", due);
        UUID adas = others.task(project, bob, "Buy milk", due);

        others.send(others.assignment(janas, bob, jana, "assigned"));
        others.send(others.assignment(adas, bob, ada, "assigned"));

        Mailbox.Mail german = Mailbox.awaitMails(jana.email(), 1).getFirst();
        assertThat(german.subject()).isEqualTo("Bob hat dir „Milch kaufen“ zugewiesen");
        assertThat(german.text())
                .startsWith("Hallo Jana,")
                .contains("Bob hat dir eine Aufgabe zugewiesen: „Milch kaufen“. "
                        + "Fällig: Montag, 30. November 2026, 14:00 (America/New_York).")
                .contains("Aufgabe öffnen: " + Mailbox.APP_URL + "/projects/" + project + "?task=" + janas)
                .contains("Diese E-Mails abbestellen: " + Mailbox.APP_URL + "/api/v1/notifications/unsubscribe?token=")
                .doesNotContain("Hi ", "Due ", "Open the task", "Stop emails");
        assertThat(german.html())
                .contains("<html lang=\"de\">")
                .contains("<title>Bob hat dir „Milch kaufen“ zugewiesen</title>")
                .contains("<p>Hallo Jana,</p>")
                .contains("Bob hat dir eine Aufgabe zugewiesen: <strong>Milch kaufen</strong>. "
                        + "Fällig: Montag, 30. November 2026, 14:00 (America/New_York).")
                .contains(">Aufgabe öffnen</a>")
                .contains(">Diese E-Mails abbestellen</a>");

        Api.Response page = api.get(german.unsubscribePath(), null);
        assertThat(page.body())
                .contains("<html lang=\"de\">")
                .contains("Keine E-Mails mehr zu <strong>Aufgaben, die dir zugewiesen werden</strong> bekommen?")
                .contains(">Abbestellen</button>");
        Api.Response done = api.send("POST", german.unsubscribePath(), null, "List-Unsubscribe=One-Click", FORM);
        assertThat(done.body()).contains("<h1>Abbestellt</h1>");

        Mailbox.Mail english = Mailbox.awaitMails(ada.email(), 1).getFirst();
        assertThat(english.subject()).isEqualTo("Bob assigned you “Buy milk”");
        assertThat(english.text())
                .startsWith("Hi Ada,")
                .contains("Bob assigned you a task: \"Buy milk\". Due Monday, November 30, 2026, 7:00")
                .contains("PM (Europe/London).")
                .contains("Open the task: ")
                .contains("Stop emails like this one: ");
        assertThat(english.html()).contains("<html lang=\"en\">").contains("<p>Hi Ada,</p>");
        assertThat(api.get(english.unsubscribePath(), null).body())
                .contains("Stop getting emails about <strong>tasks assigned to you</strong>?");
    }

    @Test
    void one_click_unsubscribe_turns_that_types_email_off_and_nothing_else() {
        Person ada = others.user("Ada");
        Person bob = others.user("Bob");
        UUID project = others.project("Home", bob, ada);
        others.send(others.assignment(others.task(project, bob, "Buy milk"), bob, ada, "assigned"));
        Mailbox.Mail mail = Mailbox.awaitMails(ada.email(), 1).getFirst();

        Api.Response page = api.get(mail.unsubscribePath(), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("tasks assigned to you").contains("<form method=\"post\"");

        Api.Response done = api.send("POST", mail.unsubscribePath(), null, "List-Unsubscribe=One-Click", FORM);
        assertThat(done.status()).as("%s", done).isEqualTo(200);

        var prefs =
                api.get("/api/v1/notification-preferences", ada.token()).json().get("types");
        assertThat(prefs.get("task.assigned").get("email").asBoolean()).isFalse();
        assertThat(prefs.get("task.assigned").get("in_app").asBoolean()).isTrue();
        assertThat(prefs.get("comment.added").get("email").asBoolean()).isTrue();
        others.send(others.assignment(others.task(project, bob, "Buy bread"), bob, ada, "assigned"));
        awaitNotifications(ada, "task.assigned", 2);
        assertThat(jdbc.sql("""
                        select count(*) from delivery d join notification n on n.id = d.notification_id
                        where n.recipient = :r and d.channel = 'email'""").param("r", ada.id()).query(Long.class).single())
                .as("no mail queued for the second assignment")
                .isEqualTo(1);
    }

    @Test
    void a_token_this_service_did_not_sign_is_refused() {
        for (String token : new String[] {"nope", "YWJj.ZGVm", ""}) {
            Api.Response r = api.send(
                    "POST",
                    "/api/v1/notifications/unsubscribe?token=" + token,
                    null,
                    "List-Unsubscribe=One-Click",
                    FORM);
            assertThat(r.status()).as("%s: %s", token, r).isEqualTo(400);
        }
        Api.Response forged = api.get(
                "/api/v1/notifications/unsubscribe?token="
                        + new UnsubscribeTokens(new EmailProperties("http://x", "another secret", "x@y"))
                                .sign(UUID.randomUUID(), "task.assigned"),
                null);
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.problem()).isEqualTo("invalid-unsubscribe-token");
    }
}
