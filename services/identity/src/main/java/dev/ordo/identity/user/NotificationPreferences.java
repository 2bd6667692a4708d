package dev.ordo.identity.user;

/** Which channels may notify the user, and whether a daily digest is wanted. */
public record NotificationPreferences(boolean email, boolean push, boolean inApp, boolean dailyDigest) {

    public static final NotificationPreferences DEFAULTS = new NotificationPreferences(true, true, true, false);

    /** These preferences with the given values changed; {@code null} leaves a value as it is. */
    public NotificationPreferences with(Boolean email, Boolean push, Boolean inApp, Boolean dailyDigest) {
        return new NotificationPreferences(
                email == null ? this.email : email,
                push == null ? this.push : push,
                inApp == null ? this.inApp : inApp,
                dailyDigest == null ? this.dailyDigest : dailyDigest);
    }
}
