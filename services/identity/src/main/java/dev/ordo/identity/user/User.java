package dev.ordo.identity.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An account and its profile. The password hash is not part of it: it never needs to travel with the
 * profile, so it cannot leak with it.
 *
 * @param email         normalised (trimmed, lower case); see {@link Emails}
 * @param emailVerified whether the user proved they own {@code email} (followed a link mailed to it)
 * @param version grows with every change; the profile's ETag
 */
public record User(
        UUID id,
        String email,
        String name,
        String timezone,
        String locale,
        String theme,
        String defaultTaskSort,
        NotificationPreferences notificationPreferences,
        List<String> roles,
        boolean emailVerified,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public User {
        roles = List.copyOf(roles);
    }

    /** A new account with the default preferences. */
    public static User register(UUID id, String email, String name, Instant now) {
        return new User(
                id,
                email,
                name,
                Preferences.DEFAULT_TIMEZONE,
                Preferences.DEFAULT_LOCALE,
                Preferences.DEFAULT_THEME,
                Preferences.DEFAULT_TASK_SORT,
                NotificationPreferences.DEFAULTS,
                Roles.NEW_ACCOUNT,
                false,
                now,
                now,
                0);
    }

    /** The profile with {@code changes} applied, and the names of the fields whose value really changed. */
    public Changed apply(ProfileChanges changes, Instant now) {
        List<String> changed = new ArrayList<>();
        String newName = pick("name", name, changes.name(), changed);
        String newTimezone = pick("timezone", timezone, changes.timezone(), changed);
        String newLocale = pick("locale", locale, changes.locale(), changed);
        String newTheme = pick("theme", theme, changes.theme(), changed);
        String newSort = pick("defaultTaskSort", defaultTaskSort, changes.defaultTaskSort(), changed);
        NotificationPreferences newNotifications = changes.notificationPreferences() == null
                ? notificationPreferences
                : changes.notificationPreferences().applyTo(notificationPreferences);
        if (!newNotifications.equals(notificationPreferences)) {
            changed.add("notificationPreferences");
        }
        if (changed.isEmpty()) {
            return new Changed(this, List.of());
        }
        User updated = new User(
                id,
                email,
                newName,
                newTimezone,
                newLocale,
                newTheme,
                newSort,
                newNotifications,
                roles,
                emailVerified,
                createdAt,
                now,
                version + 1);
        return new Changed(updated, List.copyOf(changed));
    }

    private static String pick(String field, String current, String requested, List<String> changed) {
        if (requested == null || requested.equals(current)) {
            return current;
        }
        changed.add(field);
        return requested;
    }

    /** What {@link #apply} made: the profile after the change and which fields differ. */
    public record Changed(User user, List<String> fields) {

        public boolean anything() {
            return !fields.isEmpty();
        }
    }

    public boolean hasVersion(long expected) {
        return version == expected;
    }
}
