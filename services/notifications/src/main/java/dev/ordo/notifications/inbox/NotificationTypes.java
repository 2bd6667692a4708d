package dev.ordo.notifications.inbox;

import java.util.List;

/** Every kind of notification, as the API and the preferences name it. */
public final class NotificationTypes {

    public static final String TASK_ASSIGNED = "task.assigned";
    public static final String COMMENT_MENTIONED = "comment.mentioned";
    public static final String COMMENT_ADDED = "comment.added";
    public static final String INVITATION_RECEIVED = "invitation.received";
    public static final String INVITATION_ACCEPTED = "invitation.accepted";
    public static final String INVITATION_REJECTED = "invitation.rejected";
    public static final String TASK_COMPLETED = "task.completed";
    public static final String REMINDER = "reminder";
    public static final String DIGEST = "digest";

    public static final List<String> ALL = List.of(
            TASK_ASSIGNED,
            COMMENT_MENTIONED,
            COMMENT_ADDED,
            INVITATION_RECEIVED,
            INVITATION_ACCEPTED,
            INVITATION_REJECTED,
            TASK_COMPLETED,
            REMINDER,
            DIGEST);

    private NotificationTypes() {}

    public static boolean known(String type) {
        return ALL.contains(type);
    }

    /**
     * Whether a user who never chose gets {@code type} on {@code channel}: everything everywhere, but a completed task
     * (in a shared project one owns: noisy in a busy project, so one opts in).
     */
    public static boolean onByDefault(String type, Channel channel) {
        return !TASK_COMPLETED.equals(type);
    }
}
