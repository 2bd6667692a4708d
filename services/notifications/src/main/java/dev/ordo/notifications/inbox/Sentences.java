package dev.ordo.notifications.inbox;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The English sentence a notification is told in by the inbox API ({@code text}; the web app writes its own in the
 * user's language). Mails and pushes are written in the recipient's language from the message bundle instead
 * ({@code resources/messages/notifications*.properties}, whose English subjects are these sentences).
 */
public final class Sentences {

    private Sentences() {}

    public static String of(String type, @Nullable String actorName, String title, Map<String, String> details) {
        String who = actorName == null || actorName.isBlank() ? "Someone" : actorName;
        String quoted = "“" + title + "”";
        return switch (type) {
            case NotificationTypes.TASK_ASSIGNED -> who + " assigned you " + quoted;
            case NotificationTypes.COMMENT_MENTIONED -> who + " mentioned you in a comment on " + quoted;
            case NotificationTypes.COMMENT_ADDED -> who + " commented on " + quoted;
            case NotificationTypes.INVITATION_RECEIVED -> who + " invited you to " + quoted;
            case NotificationTypes.INVITATION_ACCEPTED -> who + " accepted your invitation to " + quoted;
            case NotificationTypes.INVITATION_REJECTED -> who + " declined your invitation to " + quoted;
            case NotificationTypes.TASK_COMPLETED -> who + " completed " + quoted;
            case NotificationTypes.REMINDER -> "Reminder: " + quoted;
            case NotificationTypes.DIGEST -> digest(details, quoted);
            default -> who + ": " + quoted;
        };
    }

    private static String digest(Map<String, String> details, String quoted) {
        String count = details.getOrDefault("count", "1");
        return "1".equals(count)
                ? "Today: " + quoted
                : "Today: " + quoted + " and " + (Integer.parseInt(count) - 1) + " more";
    }
}
