package dev.ordo.notifications.preference;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A user's preferences besides the channels; {@link #DEFAULTS} for a user who never chose. */
record Settings(
        @Nullable QuietHours quietHours,
        boolean digestEnabled,
        LocalTime digestTime,
        @Nullable Integer defaultReminderMinutes) {

    static final Settings DEFAULTS = new Settings(null, false, LocalTime.of(8, 0), null);
}
