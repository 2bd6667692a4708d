package dev.ordo.identity.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.identity.config.EmailProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LettersTest {

    final Letters letters = new Letters(new EmailProperties("https://ordo.example/", null, null, null));

    @Test
    void links_point_at_the_web_app_without_a_double_slash() {
        Mail mail = letters.verifyEmail("ann@example.test", "Ann", "tok_en-1");

        assertThat(mail.text()).contains("https://ordo.example/verify-email?token=tok_en-1");
        assertThat(mail.html()).contains("href=\"https://ordo.example/verify-email?token=tok_en-1\"");
        assertThat(letters.resetPassword("a@b.test", "A", "t").text())
                .contains("https://ordo.example/reset-password?token=t");
        assertThat(letters.confirmNewEmail("a@b.test", "A", "t").text())
                .contains("https://ordo.example/confirm-email?token=t");
    }

    @Test
    void what_people_typed_is_escaped_in_the_html_part_and_left_alone_in_the_text() {
        Mail mail = letters.emailChanged("old@example.test", "\"><script>alert(1)</script>", "new@example.test");

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(mail.text()).contains("Hi \"><script>alert(1)</script>,").contains("new@example.test");
        assertThat(mail.to()).isEqualTo("old@example.test");
    }

    @Test
    void lifetimes_are_said_in_words() {
        assertThat(Letters.human(Duration.ofHours(24))).isEqualTo("24 hours");
        assertThat(Letters.human(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(Letters.human(Duration.ofMinutes(30))).isEqualTo("30 minutes");
    }

    @Test
    void a_mail_does_not_print_its_body_in_logs() {
        assertThat(letters.verifyEmail("ann@example.test", "Ann", "secret-token")
                        .toString())
                .doesNotContain("secret-token");
    }
}
