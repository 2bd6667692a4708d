package dev.ordo.contracts.identity;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.events.Topics;

import java.util.List;
import java.util.UUID;

/** The events the identity service publishes, on {@value Topics#IDENTITY_USER}, keyed by user id. */
public final class IdentityEvents {

    public record UserRegistered(UUID userId, String email, String name, String timezone, String locale,
                                 List<String> roles) {
    }

    /** A profile change; carries the whole profile so a replica can be rebuilt from the last event. */
    public record UserUpdated(UUID userId, String email, String name, String timezone, String locale,
                              String theme, String defaultTaskSort, NotificationSettings notificationPreferences,
                              List<String> changedFields) {
    }

    /** Which channels a user wants notifications on. */
    public record NotificationSettings(boolean email, boolean push, boolean inApp, boolean dailyDigest) {
    }

    public record UserPasswordChanged(UUID userId) {
    }

    public record UserLoggedIn(UUID userId, String ip) {
    }

    public record UserLoginFailed(UUID userId, String ip, String reason) {
    }

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

    public static final List<EventType<?>> ALL = List.of(
            USER_REGISTERED, USER_UPDATED, USER_PASSWORD_CHANGED, USER_LOGGED_IN, USER_LOGIN_FAILED);

    private IdentityEvents() {
    }
}
