package dev.ordo.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ordo.platform.problems.InvalidInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    static PasswordPolicy policy;

    @BeforeAll
    static void loadTheList() {
        policy = new PasswordPolicy();
    }

    @Test
    void the_list_of_breached_passwords_holds_at_least_100000_entries() {
        assertThat(policy.commonPasswordCount()).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void a_password_of_fewer_than_8_characters_breaks_min_length() {
        assertThat(refusal("7-chars")).isEqualTo(WeakPassword.Rule.TOO_SHORT);
        assertThat(refusal("")).isEqualTo(WeakPassword.Rule.TOO_SHORT);
        assertThat(refusal(null)).isEqualTo(WeakPassword.Rule.TOO_SHORT);
    }

    @Test
    void characters_are_counted_as_code_points_not_utf16_units() {
        String fourEmoji = "\uD83D\uDE00".repeat(4); // 8 UTF-16 units, 4 characters
        assertThat(refusal(fourEmoji)).isEqualTo(WeakPassword.Rule.TOO_SHORT);
        assertThatCode(() -> policy.check("\uD83D\uDE00\uD83C\uDF35\uD83E\uDD8A\uD83D\uDC1D-pwd!"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_password_of_more_than_128_characters_breaks_max_length() {
        assertThat(refusal("x".repeat(129))).isEqualTo(WeakPassword.Rule.TOO_LONG);
        assertThatCode(() -> policy.check("Zq".repeat(64))).doesNotThrowAnyException();
    }

    @Test
    void a_password_of_only_whitespace_is_refused() {
        assertThat(refusal(" ".repeat(12))).isEqualTo(WeakPassword.Rule.ONLY_WHITESPACE);
        assertThat(refusal("\t \u00a0 \u2003   ")).isEqualTo(WeakPassword.Rule.ONLY_WHITESPACE);
    }

    @Test
    void a_commonly_breached_password_is_refused_whatever_its_case() {
        for (String common : new String[] {"password123", "PassWord123", "iloveyou1", "QWERTYUIOP", "1q2w3e4r5t"}) {
            assertThat(refusal(common)).as(common).isEqualTo(WeakPassword.Rule.COMMONLY_USED);
        }
    }

    @Test
    void a_passphrase_with_spaces_and_no_composition_rules_is_accepted() {
        assertThatCode(() -> policy.check("correct horse battery staple")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("alllowercaseandlong")).doesNotThrowAnyException();
    }

    @Test
    void the_problem_is_a_400_of_type_weak_password_naming_the_rule() {
        WeakPassword refused = catchThrowableOfType(WeakPassword.class, () -> policy.check("letmein123"));

        assertThat(refused).isInstanceOf(InvalidInput.class);
        assertThat(refused.problem()).isEqualTo("weak-password");
        assertThat(refused.title()).isEqualTo("Weak password");
        assertThat(refused.properties()).containsEntry("rule", "not-commonly-used");
        assertThat(refused.getMessage()).contains("commonly used");
    }

    private static WeakPassword.Rule refusal(String password) {
        WeakPassword refused = catchThrowableOfType(WeakPassword.class, () -> policy.check(password));
        assertThat(refused).as("%s should be refused", password).isNotNull();
        return refused.rule();
    }
}
