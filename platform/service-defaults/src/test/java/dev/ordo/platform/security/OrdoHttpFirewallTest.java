package dev.ordo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The firewall's shortcut for printable ASCII gives the default's answer for every character. */
class OrdoHttpFirewallTest {

    @Test
    void every_character_is_judged_as_the_default_judges_it() {
        for (Predicate<String> rule : List.of(
                StrictHttpFirewall.ALLOWED_HEADER_NAMES,
                StrictHttpFirewall.ALLOWED_HEADER_VALUES,
                StrictHttpFirewall.ALLOWED_PARAMETER_NAMES)) {
            Predicate<String> fast = OrdoHttpFirewall.printableAsciiOr(rule);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                String alone = String.valueOf((char) c);
                String inside = "Bearer abc" + (char) c + "def";
                assertThat(fast.test(alone)).as("U+%04X", c).isEqualTo(rule.test(alone));
                assertThat(fast.test(inside)).as("U+%04X inside", c).isEqualTo(rule.test(inside));
            }
            for (String value :
                    List.of("", "a\u0000b", "a\rb", "a\nb", "a\tb", "\ud83d\ude00", "\ud83d", "caf\u00e9")) {
                assertThat(fast.test(value)).as(value).isEqualTo(rule.test(value));
            }
        }
    }

    @Test
    void printable_ascii_passes_and_control_characters_do_not() {
        StrictHttpFirewall firewall = OrdoHttpFirewall.create();
        assertThat(firewall).isNotNull();
        Predicate<String> values = OrdoHttpFirewall.printableAsciiOr(StrictHttpFirewall.ALLOWED_HEADER_VALUES);
        assertThat(values.test("Bearer " + "x".repeat(1000))).isTrue();
        assertThat(values.test("a\u0000b")).isFalse();
        assertThat(values.test("a\rb")).isFalse();
        assertThat(values.test("a\nb")).isFalse();
        assertThat(values.test("a\u0085b")).isFalse();
        assertThat(values.test("a\u007fb")).isFalse();
    }
}
