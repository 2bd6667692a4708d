package dev.ordo.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.inbox.NotificationTypes;
import dev.ordo.notifications.language.Languages;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void values_are_escaped_in_html_but_markup_the_service_wrote_is_not() {
        Map<String, String> values = Map.of("name", "<b>Bob</b> & co", "list", "<li>one</li>");

        assertThat(MailTemplates.render("Hi {{name}}: <ul>{{{list}}}</ul>", values, true))
                .isEqualTo("Hi &lt;b&gt;Bob&lt;/b&gt; &amp; co: <ul><li>one</li></ul>");
        assertThat(MailTemplates.render("Hi {{name}}{{missing}}", values, false))
                .isEqualTo("Hi <b>Bob</b> & co");
    }

    @Test
    void every_type_has_both_parts_in_every_language() {
        MailTemplates templates = new MailTemplates();
        for (String language : Languages.SUPPORTED) {
            for (String type : NotificationTypes.ALL) {
                Map<String, String> values = Map.of("greeting", "Hi Ada,", "lang", language);
                assertThat(templates.text(language, type, values)).startsWith("Hi Ada,");
                assertThat(templates.html(language, type, values))
                        .contains("<html lang=\"" + language + "\">")
                        .contains("<p>Hi Ada,</p>");
            }
        }
    }

    @Test
    void html_escapes_only_what_html_needs_in_a_utf_8_mail() {
        assertThat(MailTemplates.render("{{v}}", Map.of("v", "Jürgen’s „Aufgabe“ <b>"), true))
                .isEqualTo("Jürgen’s „Aufgabe“ &lt;b&gt;");
    }
}
