package dev.ordo.notifications.inbox;

import java.util.UUID;

/**
 * What a notification is about, as the inbox shows it and the web app opens it.
 *
 * @param type  {@code task}, {@code project}, {@code comment} or {@code invitation}
 * @param title the task's or project's title when the notification was made (the inbox keeps it as it was)
 */
public record Subject(String type, UUID id, String title) {}
