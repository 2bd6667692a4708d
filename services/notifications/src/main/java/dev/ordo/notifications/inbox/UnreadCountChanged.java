package dev.ordo.notifications.inbox;

import java.util.UUID;

/**
 * Published in-process when a user's unread count changed without a new notification (read, unread, read-all,
 * archive); the live stream listens after the commit and sends the new count to the user's open streams.
 */
public record UnreadCountChanged(UUID recipient) {}
