package dev.ordo.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.support.IntegrationTestBase;
import dev.ordo.notifications.support.Mailbox;
import dev.ordo.notifications.support.Person;
import dev.ordo.testsupport.Api;
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
