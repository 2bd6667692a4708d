package dev.ordo.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    @Test
    void time_zones_are_iana_ids_and_not_offsets() {
        assertThat(Preferences.isTimezone("Europe/Berlin")).isTrue();
        assertThat(Preferences.isTimezone("America/Argentina/Buenos_Aires")).isTrue();
        assertThat(Preferences.isTimezone("UTC")).isTrue();
        assertThat(Preferences.isTimezone("+02:00")).isFalse();
        assertThat(Preferences.isTimezone("Mars/Olympus_Mons")).isFalse();
        assertThat(Preferences.isTimezone("europe/berlin")).isFalse();
        assertThat(Preferences.isTimezone(null)).isFalse();
    }

    @Test
    void locales_are_well_formed_bcp47_tags_in_their_canonical_spelling() {
        assertThat(Preferences.canonicalLocale("en")).hasValue("en");
        assertThat(Preferences.canonicalLocale("de-ch")).hasValue("de-CH");
        assertThat(Preferences.canonicalLocale("zh-Hant-TW")).hasValue("zh-Hant-TW");
        assertThat(Preferences.canonicalLocale("en_US")).isEmpty();
        assertThat(Preferences.canonicalLocale("!!")).isEmpty();
        assertThat(Preferences.canonicalLocale("")).isEmpty();
        assertThat(Preferences.canonicalLocale("x".repeat(40))).isEmpty();
    }

    @Test
    void addresses_are_normalised_to_one_spelling() {
        assertThat(Emails.normalise("  Ann@Example.COM\t")).isEqualTo("ann@example.com");
        assertThat(Emails.normalise(null)).isNull();
    }

    @Test
    void every_new_account_is_a_user_and_admin_is_added_once_and_removed_by_the_operator() {
        assertThat(Roles.NEW_ACCOUNT).containsExactly("user");
        List<String> admin = Roles.with(Roles.NEW_ACCOUNT, Roles.ADMIN, true);

        assertThat(admin).containsExactly("user", "admin");
        assertThat(Roles.with(admin, Roles.ADMIN, true)).containsExactly("user", "admin");
        assertThat(Roles.with(admin, Roles.ADMIN, false)).containsExactly("user");
    }
}
