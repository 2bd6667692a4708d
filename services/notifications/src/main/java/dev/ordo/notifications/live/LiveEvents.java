package dev.ordo.notifications.live;

/** The names of the stream's events, as the web app reads them. */
final class LiveEvents {

    /** A new notification (id: the user's stream sequence; data: NotificationResponse). */
    static final String NOTIFICATION = "notification";

    /** The unread count after a change: {@code {"count": 3}}. */
    static final String UNREAD_COUNT = "unread-count";

    /** A task, project or comment changed by someone else in a project of the user's. */
    static final String CHANGE = "change";

    private LiveEvents() {}
}
