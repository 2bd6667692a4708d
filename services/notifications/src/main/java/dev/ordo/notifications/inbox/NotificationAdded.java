package dev.ordo.notifications.inbox;

import java.util.UUID;

/**
 * Published in-process (Spring's application events) when a notification is made; the live stream listens after
 * the transaction commits and tells the recipient's open streams, on whichever replica they are.
 */
public record NotificationAdded(UUID recipient, UUID notificationId) {}
