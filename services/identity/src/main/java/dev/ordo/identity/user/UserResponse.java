package dev.ordo.identity.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as the API shows it: the profile and preferences, never anything about the password. */
public record UserResponse(
        UUID id,
        String email,
        String name,
        String timezone,
        String locale,
        String theme,
        String defaultTaskSort,
        NotificationPreferences notificationPreferences,
        List<String> roles,
        boolean emailVerified,
        Instant createdAt) {

    public static UserResponse of(User user) {
        return new UserResponse(
                user.id(),
                user.email(),
                user.name(),
                user.timezone(),
                user.locale(),
                user.theme(),
                user.defaultTaskSort(),
                user.notificationPreferences(),
                user.roles(),
                user.emailVerified(),
                user.createdAt());
    }
}
