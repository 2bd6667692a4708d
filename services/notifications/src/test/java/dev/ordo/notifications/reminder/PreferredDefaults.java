package dev.ordo.notifications.reminder;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The tests' default reminder preferences until the inbox's preferences are merged: set per user by a test. */
public class PreferredDefaults implements DefaultReminderMinutes {

    private final Map<UUID, Integer> minutes = new ConcurrentHashMap<>();

    public void prefer(UUID userId, int minutesBefore) {
        minutes.put(userId, minutesBefore);
    }

    @Override
    public Optional<Integer> of(UUID userId) {
        return Optional.ofNullable(minutes.get(userId));
    }
}
