package dev.ordo.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

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
    void a_language_without_templates_falls_back_to_english() {
        assertThat(MailTemplates.language("en-GB")).isEqualTo("en");
        assertThat(MailTemplates.language("pt_BR")).isEqualTo("en");
        assertThat(MailTemplates.language(null)).isEqualTo("en");
    }

    @Test
    void every_type_has_both_parts() {
        MailTemplates templates = new MailTemplates();
        for (String type : dev.ordo.notifications.inbox.NotificationTypes.ALL) {
            assertThat(templates.text("en", type, Map.of("recipient", "Ada"))).contains("Hi Ada,");
            assertThat(templates.html("en", type, Map.of("recipient", "Ada"))).contains("<p>Hi Ada,</p>");
        }
    }
}
