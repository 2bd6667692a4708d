package dev.ordo.notifications.live;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the live stream reads of the inbox, which owns the notifications: implemented over the inbox's tables, so the
 * stream needs nothing of the inbox's internals.
 */
public interface InboxView {

    /**
     * The notification as the API shows it (NotificationResponse: id, type, read, archived, createdAt, actor, subject,
     * projectId, taskId, text), or empty when the recipient has no such notification.
     */
    Optional<Map<String, Object>> notification(UUID recipient, UUID notificationId);

    /** The recipient's unread notifications, as {@code GET /notifications/unread-count} counts them. */
    long unreadCount(UUID recipient);
}
