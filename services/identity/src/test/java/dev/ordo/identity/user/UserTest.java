package dev.ordo.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {

    static final Instant REGISTERED = Instant.parse("2025-01-01T10:00:00Z");
    static final Instant LATER = Instant.parse("2025-02-01T10:00:00Z");

    final User ann = User.register(UUID.randomUUID(), "ann@example.test", "Ann", REGISTERED);

    @Test
    void a_new_account_starts_with_the_default_preferences() {
        assertThat(ann.timezone()).isEqualTo("UTC");
        assertThat(ann.locale()).isEqualTo("en");
        assertThat(ann.theme()).isEqualTo("system");
        assertThat(ann.defaultTaskSort()).isEqualTo("position");
        assertThat(ann.notificationPreferences()).isEqualTo(new NotificationPreferences(true, true, true, false));
        assertThat(ann.version()).isZero();
    }

    @Test
    void applying_changes_reports_only_the_fields_whose_value_really_changed() {
        ProfileChanges changes = new ProfileChanges(
                "Ann",
                "Europe/Berlin",
                null,
                "dark",
                null,
                new ProfileChanges.NotificationChanges(true, false, null, null));

        User.Changed changed = ann.apply(changes, LATER);

        assertThat(changed.fields()).containsExactly("timezone", "theme", "notificationPreferences");
        assertThat(changed.user().timezone()).isEqualTo("Europe/Berlin");
        assertThat(changed.user().notificationPreferences())
                .isEqualTo(new NotificationPreferences(true, false, true, false));
        assertThat(changed.user().version()).isEqualTo(1);
        assertThat(changed.user().updatedAt()).isEqualTo(LATER);
        assertThat(changed.user().createdAt()).isEqualTo(REGISTERED);
    }

    @Test
    void changes_that_change_nothing_keep_the_version() {
        ProfileChanges same = new ProfileChanges(
                "Ann",
                "UTC",
                "en",
                "system",
                "position",
                new ProfileChanges.NotificationChanges(true, null, null, false));

        User.Changed changed = ann.apply(same, LATER);

        assertThat(changed.anything()).isFalse();
        assertThat(changed.user()).isSameAs(ann);
    }

    @Test
    void email_and_roles_are_not_profile_changes() {
        User changed = ann.apply(new ProfileChanges("Annie", null, null, null, null, null), LATER)
                .user();

        assertThat(changed.email()).isEqualTo(ann.email());
        assertThat(changed.roles()).isEqualTo(ann.roles());
    }
}
