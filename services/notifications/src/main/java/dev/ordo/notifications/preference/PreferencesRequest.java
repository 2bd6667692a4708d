package dev.ordo.notifications.preference;

import dev.ordo.notifications.preference.PreferencesResponse.DigestBody;
import dev.ordo.notifications.preference.PreferencesResponse.QuietHoursBody;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The preferences as a whole (PUT replaces them): a type or channel left out of {@code types} has its default.
 *
 * @param timezone ignored (the zone is the user's profile's); accepted so that what GET answered can be sent back
 */
public record PreferencesRequest(
        @NotNull Map<String, Map<String, Boolean>> types,
        @Nullable QuietHoursBody quietHours,
        @NotNull DigestBody digest,
        @Nullable Integer defaultReminderMinutes,
        @Nullable String timezone) {}
