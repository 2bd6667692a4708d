package dev.ordo.notifications.reminder;

import java.util.Optional;
import java.util.UUID;

/**
 * A user's default reminder: how many minutes before the due time of a task with a time they create or are
 * assigned they want to be reminded, if at all (their notification preferences' {@code defaultReminderMinutes}).
 * Without a bean of this type no default reminders are made.
 */
@FunctionalInterface
public interface DefaultReminderMinutes {

    Optional<Integer> of(UUID userId);
}
