package dev.ordo.tasks.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The users this service knows (from identity's user.registered / user.updated): emails and time zones.
 *
 * <p>A user's time zone is asked on every list and every due, so it is cached in-process: forgotten when
 * this instance writes the user's replica row ({@link #forget}, at once and again after the commit), and
 * after {@link #ZONE_TTL} at the latest, for the events another instance of the service applied (ADR 0026).
 * An unknown user (UTC meanwhile) is not cached: their zone counts as soon as their event arrives.
 */
@Repository
public class UserReplicas {

    /** How long another instance may answer a user's previous time zone after it changed. */
    static final Duration ZONE_TTL = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Cache<UUID, ZoneId> zones = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(ZONE_TTL)
            .build();

    UserReplicas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's time zone; UTC while the user is unknown (or their zone is not one Java knows). */
    public ZoneId zoneOf(UUID userId) {
        ZoneId cached = zones.getIfPresent(userId);
        if (cached != null) {
            return cached;
        }
        Optional<ZoneId> known = jdbc.sql("select timezone from user_replica where id = :id")
                .param("id", userId)
                .query(String.class)
                .optional()
                .map(UserReplicas::zone);
        known.ifPresent(zone -> zones.put(userId, zone));
        return known.orElse(ZoneOffset.UTC);
    }

    /** The user's replica row changes (or goes): their cached zone is forgotten now and when that commits. */
    public void forget(UUID userId) {
        zones.invalidate(userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    zones.invalidate(userId);
                }
            });
        }
    }

    /** Every user's replica row goes (a replay): every cached zone is forgotten now and when that commits. */
    public void forgetAll() {
        zones.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    zones.invalidateAll();
                }
            });
        }
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
