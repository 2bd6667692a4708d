package dev.ordo.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.delivery.Delivery;
import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.inbox.NotificationTypes;
import dev.ordo.notifications.inbox.Subject;
import dev.ordo.notifications.language.Languages;
import dev.ordo.notifications.language.Texts;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PushMessagesTest {

    private final Texts texts = new Texts();

    @Test
    void the_body_is_in_the_recipients_language() {
        assertThat(body("task.assigned", "Ada", "de")).isEqualTo("Ada hat dir eine Aufgabe zugewiesen");
        assertThat(body("comment.mentioned", "Ada", "de")).isEqualTo("Ada hat dich in einem Kommentar erwähnt");
        assertThat(body("invitation.rejected", null, "de")).isEqualTo("Jemand hat deine Einladung abgelehnt");
        assertThat(body("reminder", null, "de")).isEqualTo("Erinnerung");
        assertThat(body("digest", null, "de")).isEqualTo("Deine Aufgaben für heute");
        assertThat(body("task.assigned", "Ada", "en")).isEqualTo("Ada assigned you a task");
        assertThat(body("task.completed", " ", "en")).isEqualTo("Someone completed a task");
        assertThat(body("something.new", "Ada", "de")).isEqualTo("Neues in Ordo");
    }

    @Test
    void every_type_has_a_body_in_every_language() {
        for (String language : Languages.SUPPORTED) {
            for (String type : NotificationTypes.ALL) {
                assertThat(body(type, "Ada", language))
                        .as("%s in %s", type, language)
                        .isNotBlank();
            }
        }
    }

    @Test
    void the_title_and_the_link_do_not_depend_on_the_language() {
        Delivery d = delivery("task.assigned", "Ada");
        Map<String, Object> de = PushMessages.of(d, texts, "de");
        Map<String, Object> en = PushMessages.of(d, texts, "en");

        assertThat(de.get("title")).isEqualTo("Milch kaufen").isEqualTo(en.get("title"));
        assertThat(de.get("url")).isEqualTo(en.get("url"));
    }

    private String body(String type, @Nullable String actor, String language) {
        return (String) PushMessages.of(delivery(type, actor), texts, language).get("body");
    }

    private static Delivery delivery(String type, @Nullable String actor) {
        return new Delivery(
                UUID.randomUUID(),
                Channel.PUSH,
                1,
                UUID.randomUUID(),
                UUID.randomUUID(),
                type,
                null,
                actor,
                new Subject("task", UUID.randomUUID(), "Milch kaufen"),
                Map.of("projectId", UUID.randomUUID().toString()),
                Instant.now());
    }
}
