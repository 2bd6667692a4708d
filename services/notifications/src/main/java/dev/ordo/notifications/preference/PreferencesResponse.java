package dev.ordo.notifications.preference;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A user's notification preferences, every type with every channel.
 *
 * @param types                  type → channel ({@code in_app}, {@code email}, {@code push}) → on
 * @param quietHours             when no email or push goes out (they wait until it ends), or null
 * @param defaultReminderMinutes the reminder set on a task with a time by default, minutes before it, or null
 * @param timezone               the zone times are in: the user's, from their profile (read-only here)
 */
public record PreferencesResponse(
        Map<String, Map<String, Boolean>> types,
        @Nullable QuietHoursBody quietHours,
        DigestBody digest,
        @Nullable Integer defaultReminderMinutes,
        String timezone) {

    /** @param start {@code HH:mm} in the user's zone; @param end {@code HH:mm}, may be before start (overnight) */
    public record QuietHoursBody(String start, String end) {}

    /** @param time {@code HH:mm} in the user's zone */
    public record DigestBody(boolean enabled, String time) {}
}
