package dev.ordo.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.delivery.Delivery;
import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.inbox.Subject;
import dev.ordo.notifications.language.Languages;
import dev.ordo.notifications.language.Texts;
import dev.ordo.notifications.replica.User;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A mail's words in the recipient's language, its dates and times in their locale and zone. */
class MailContentTest {

    private final MailContent content =
            new MailContent(new EmailProperties("http://app.ordo.test/", "secret", "x@y"), new Texts());

    @Test
    void a_german_user_gets_the_whole_mail_in_german_with_the_due_time_in_their_zone() {
        User jana = user("Jana", "de-DE", "America/New_York");
        Delivery assigned = delivery(
                "task.assigned", "Ada", "Milch kaufen", Map.of("projectId", "p", "dueAt", "2026-11-30T19:00:00Z"));

        Map<String, String> v = content.values(assigned, jana, "http://unsubscribe");
        String text = content.templates().text("de", "task.assigned", v);

        assertThat(v.get("subject")).isEqualTo("Ada hat dir „Milch kaufen“ zugewiesen");
        assertThat(text)
                .startsWith("Hallo Jana,\n")
                .contains("Ada hat dir eine Aufgabe zugewiesen: „Milch kaufen“. "
                        + "Fällig: Montag, 30. November 2026, 14:00 (America/New_York).")
                .contains("Aufgabe öffnen: http://app.ordo.test/projects/p?task=")
                .contains("Diese E-Mails abbestellen: http://unsubscribe");
        assertThat(content.templates().html("de", "task.assigned", v))
                .contains("<html lang=\"de\">")
                .contains("<title>Ada hat dir „Milch kaufen“ zugewiesen</title>")
                .contains("<p>Hallo Jana,</p>")
                .contains("Ada hat dir eine Aufgabe zugewiesen: <strong>Milch kaufen</strong>. Fällig: Montag")
                .contains(">Aufgabe öffnen</a>")
                .contains(">Diese E-Mails abbestellen</a>");
    }

    @Test
    void fallbacks_a_due_date_and_the_digest_in_german() {
        User nameless = user("", "de_AT", "Europe/Vienna");
        Delivery completed = delivery("task.completed", null, "Einkaufen", Map.of("projectId", "p"));
        Delivery reminder = delivery("reminder", null, "Anrufen", Map.of("dueDate", "2027-01-04"));
        Delivery digest = delivery(
                "digest",
                null,
                "Alt",
                Map.of("day", "2027-01-04", "count", "2", "tasks", "2027-01-01\tAlt\n2027-01-04\tNeu"));

        Map<String, String> c = content.values(completed, nameless, "u");
        assertThat(content.templates().text("de", "task.completed", c))
                .startsWith("Hallo,\n")
                .contains("Jemand hat „Einkaufen“ in einem gemeinsamen Projekt erledigt.");
        assertThat(content.templates()
                        .text(
                                "de",
                                "task.completed",
                                content.values(
                                        delivery(
                                                "task.completed",
                                                "Ada",
                                                "Einkaufen",
                                                Map.of("projectId", "p", "projectName", "Garten")),
                                        nameless,
                                        "u")))
                .contains("Ada hat „Einkaufen“ im Projekt „Garten“ erledigt.");
        assertThat(content.templates().text("de", "reminder", content.values(reminder, nameless, "u")))
                .as("Austrian German: Jänner")
                .contains("Eine Erinnerung an „Anrufen“. Fällig: Montag, 4. Jänner 2027.");
        Map<String, String> d = content.values(digest, nameless, "u");
        assertThat(d.get("subject")).isEqualTo("Heute: „Alt“ und 1 weitere");
        assertThat(content.templates().text("de", "digest", d))
                .contains("Deine Aufgaben für Montag, 4. Jänner 2027:")
                .contains("- Alt (überfällig seit 01.01.2027)")
                .contains("- Neu (heute)")
                .contains("„Heute“ öffnen: http://app.ordo.test/today");
    }

    @Test
    void an_english_user_gets_the_same_mail_in_english() {
        User ada = user("Ada", "en-GB", "Europe/London");
        Delivery assigned =
                delivery("task.assigned", "Bob", "Buy milk", Map.of("projectId", "p", "dueAt", "2026-11-30T14:00:00Z"));

        Map<String, String> v = content.values(assigned, ada, "http://unsubscribe");

        assertThat(Languages.of(ada.locale())).isEqualTo("en");
        assertThat(v.get("subject")).isEqualTo("Bob assigned you “Buy milk”");
        assertThat(content.templates().text("en", "task.assigned", v))
                .startsWith("Hi Ada,\n")
                .contains("Bob assigned you a task: \"Buy milk\". Due Monday, 30 November 2026, 14:00 (Europe/London).")
                .contains("Open the task: http://app.ordo.test/projects/p?task=")
                .contains("Stop emails like this one: http://unsubscribe");
        assertThat(content.values(assigned, user("", "pt-BR", "UTC"), "u").get("greeting"))
                .isEqualTo("Hi there,");
    }

    private static User user(String name, String locale, String zone) {
        return new User(UUID.randomUUID(), name, "someone@example.test", zone, locale);
    }

    private static Delivery delivery(String type, @Nullable String actor, String title, Map<String, String> details) {
        return new Delivery(
                UUID.randomUUID(),
                Channel.EMAIL,
                1,
                UUID.randomUUID(),
                UUID.randomUUID(),
                type,
                actor == null ? null : UUID.randomUUID(),
                actor,
                new Subject("task", UUID.randomUUID(), title),
                details,
                Instant.now());
    }
}
