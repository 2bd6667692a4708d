package dev.ordo.tasks.access;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users this service knows (from identity's user.registered / user.updated): emails and time zones. */
@Repository
public class UserReplicas {

    private final JdbcClient jdbc;

    UserReplicas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's time zone; UTC while the user is unknown (or their zone is not one Java knows). */
    public ZoneId zoneOf(UUID userId) {
        return jdbc.sql("select timezone from user_replica where id = :id")
                .param("id", userId)
                .query(String.class)
                .optional()
                .map(UserReplicas::zone)
                .orElse(ZoneOffset.UTC);
    }

    public Optional<UUID> idByEmail(String email) {
        return jdbc.sql("select id from user_replica where email = :email")
                .param("email", normalise(email))
                .query(UUID.class)
                .optional();
    }

    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
