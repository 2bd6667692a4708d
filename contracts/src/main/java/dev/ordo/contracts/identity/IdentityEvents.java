package dev.ordo.contracts.identity;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.events.Topics;
import java.util.List;
import java.util.UUID;

/** The events the identity service publishes, on {@value Topics#IDENTITY_USER}, keyed by user id. */
public final class IdentityEvents {

    /**
     * @param emailVerified whether the user has proved they own {@code email}; invitations attach to a user
     *                      and the user directory finds them only when it is {@code true}
     */
    public record UserRegistered(
            UUID userId,
            String email,
            String name,
            String timezone,
            String locale,
            List<String> roles,
            boolean emailVerified) {}

    /** A profile change; carries the whole profile so a replica can be rebuilt from the last event. */
    public record UserUpdated(
            UUID userId,
            String email,
            String name,
            String timezone,
            String locale,
            String theme,
            String defaultTaskSort,
            NotificationSettings notificationPreferences,
            List<String> changedFields,
            boolean emailVerified) {}

    /** The user followed the link mailed to {@code email}: they own it. */
    public record UserEmailVerified(UUID userId, String email) {}

    /**
     * The user's sign-in address changed to {@code email}, after they followed the link mailed to it (so it
     * is verified); {@code previousEmail} was told.
     */
    public record UserEmailChanged(UUID userId, String previousEmail, String email) {}

    /** An operator granted or revoked a role ({@code ./ordo admin grant|revoke}); {@code roles} is the new set. */
    public record UserRolesChanged(UUID userId, String email, List<String> previousRoles, List<String> roles) {}

    /** Which channels a user wants notifications on. */
    public record NotificationSettings(boolean email, boolean push, boolean inApp, boolean dailyDigest) {}

    public record UserPasswordChanged(UUID userId) {}

    public record UserLoggedIn(UUID userId, String ip) {}

    public record UserLoginFailed(UUID userId, String ip, String reason) {}

    public static final EventType<UserRegistered> USER_REGISTERED =
            new EventType<>("user.registered", 1, UserRegistered.class, Topics.IDENTITY_USER);
    public static final EventType<UserUpdated> USER_UPDATED =
            new EventType<>("user.updated", 1, UserUpdated.class, Topics.IDENTITY_USER);
    public static final EventType<UserPasswordChanged> USER_PASSWORD_CHANGED =
            new EventType<>("user.password-changed", 1, UserPasswordChanged.class, Topics.IDENTITY_USER);
    public static final EventType<UserLoggedIn> USER_LOGGED_IN =
            new EventType<>("user.logged-in", 1, UserLoggedIn.class, Topics.IDENTITY_USER);
    public static final EventType<UserLoginFailed> USER_LOGIN_FAILED =
            new EventType<>("user.login-failed", 1, UserLoginFailed.class, Topics.IDENTITY_USER);
    public static final EventType<UserEmailVerified> USER_EMAIL_VERIFIED =
            new EventType<>("user.email-verified", 1, UserEmailVerified.class, Topics.IDENTITY_USER);
    public static final EventType<UserEmailChanged> USER_EMAIL_CHANGED =
            new EventType<>("user.email-changed", 1, UserEmailChanged.class, Topics.IDENTITY_USER);
    public static final EventType<UserRolesChanged> USER_ROLES_CHANGED =
            new EventType<>("user.roles-changed", 1, UserRolesChanged.class, Topics.IDENTITY_USER);

    public static final List<EventType<?>> ALL = List.of(
            USER_REGISTERED,
            USER_UPDATED,
            USER_PASSWORD_CHANGED,
            USER_LOGGED_IN,
            USER_LOGIN_FAILED,
            USER_EMAIL_VERIFIED,
            USER_EMAIL_CHANGED,
            USER_ROLES_CHANGED);

    private IdentityEvents() {}
}
