package dev.ordo.audit.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ordo.audit.trail.AuditEvent;
import dev.ordo.audit.trail.AuditEvents;
import dev.ordo.testsupport.OrdoIntegrationTest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The service's own database role (the one its connection pool uses) may read the trail and append to
 * it, and nothing else: the migrations run as a separate owner role, and only the retention job's
 * database function deletes.
 */
@OrdoIntegrationTest
class AppendOnlyTrailIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String INVALID_PARAMETER_VALUE = "22023";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditEvents trail;

    @Autowired
    RetentionService retention;

    @Autowired
    RetentionProperties properties;

    @Test
    void theServiceConnectsAsARoleThatDoesNotOwnTheTrail() {
        String user = jdbc.sql("select current_user").query(String.class).single();
        String owner = jdbc.sql("select tableowner from pg_tables where tablename = 'audit_event'")
                .query(String.class)
                .single();

        assertThat(user).endsWith("audit");
        assertThat(owner).isEqualTo(user + "_owner");
    }

    @Test
    void theServicesRoleCannotDeleteAnEvent() {
        AuditEvent event = recordedEventThatHappened(properties.retention().plusDays(10));

        assertThat(sqlState(() -> jdbc.sql("delete from audit_event where id = :id")
                        .param("id", event.id())
                        .update()))
                .isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(trail.contains(event.id())).isTrue();
    }

    @Test
    void theServicesRoleCannotChangeAnEvent() {
        AuditEvent event = recordedEventThatHappened(Duration.ofMinutes(1));

        assertThat(sqlState(() -> jdbc.sql("update audit_event set actor = 'someone else' where id = :id")
                        .param("id", event.id())
                        .update()))
                .isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(jdbc.sql("select actor from audit_event where id = :id")
                        .param("id", event.id())
                        .query(String.class)
                        .single())
                .isEqualTo(event.actor());
    }

    @Test
    void theServicesRoleCannotEmptyTheTrail() {
        AuditEvent event = recordedEventThatHappened(Duration.ofMinutes(1));

        assertThat(sqlState(() -> jdbc.sql("truncate audit_event").update())).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(sqlState(() -> jdbc.sql("drop table audit_event").update())).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(trail.contains(event.id())).isTrue();
    }

    @Test
    void theExpiryFunctionRefusesToDeleteEventsYoungerThanADay() {
        AuditEvent recent = recordedEventThatHappened(Duration.ofHours(2));

        assertThat(sqlState(() -> trail.deleteOccurredBefore(Instant.now().plus(Duration.ofDays(1)), 1_000)))
                .isEqualTo(INVALID_PARAMETER_VALUE);
        assertThat(trail.contains(recent.id())).isTrue();
    }

    @Test
    void theRetentionJobStillDeletesExpiredEvents() {
        AuditEvent expired = recordedEventThatHappened(properties.retention().plusDays(2));
        AuditEvent kept = recordedEventThatHappened(properties.retention().minusDays(2));

        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(trail.contains(expired.id())).isFalse();
        assertThat(trail.contains(kept.id())).isTrue();
    }

    private static String sqlState(Runnable statement) {
        Throwable thrown = catchThrowable(statement::run);
        assertThat(thrown).as("the statement should have been refused").isNotNull();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        throw new AssertionError("no SQLException behind " + thrown, thrown);
    }

    private AuditEvent recordedEventThatHappened(Duration ago) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEvent event = new AuditEvent(
                UUID.randomUUID(),
                "task.created",
                "ordo/test",
                "ordo.tasks.task",
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                1,
                now.minus(ago),
                now,
                JsonNodeFactory.instance.objectNode().put("title", "kept for the record"));
        assertThat(trail.add(event)).isTrue();
        return event;
    }
}
