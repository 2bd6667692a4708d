package dev.ordo.calendar.access;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The time zone each user lives in (the user replica); UTC for a user not known here yet. */
@Component
public class UserZones {

    private final JdbcClient jdbc;

    UserZones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ZoneId of(UUID userId) {
        return jdbc.sql("select timezone from user_replica where id = :id")
                .param("id", userId)
                .query(String.class)
                .optional()
                .map(UserZones::zone)
                .orElse(ZoneOffset.UTC);
    }

    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
