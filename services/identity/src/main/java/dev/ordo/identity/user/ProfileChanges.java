package dev.ordo.identity.user;

/**
 * The profile fields a user asked to change; {@code null} means "leave as it is". Values are already
 * valid and canonical (the request checked them).
 */
public record ProfileChanges(
        String name,
        String timezone,
        String locale,
        String theme,
        String defaultTaskSort,
        NotificationChanges notificationPreferences) {

    /** Notification switches to flip; {@code null} leaves a switch as it is. */
    public record NotificationChanges(Boolean email, Boolean push, Boolean inApp, Boolean dailyDigest) {

        public NotificationPreferences applyTo(NotificationPreferences current) {
            return current.with(email, push, inApp, dailyDigest);
        }
    }
}
