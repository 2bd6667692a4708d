package dev.ordo.audit.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.ordo.audit.trail.AuditEvent;
import dev.ordo.audit.trail.AuditEvents;
import dev.ordo.testsupport.OrdoIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

@OrdoIntegrationTest
class RetentionIT {

    @Autowired
    AuditEvents trail;

    @Autowired
    RetentionService retention;

    @Autowired
    RetentionProperties properties;

    @Autowired
    Scheduler scheduler;

    @Test
    void theRetentionPeriodIsAYearUnlessConfiguredOtherwise() {
        assertThat(properties.retention()).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void theScheduledJobDeletesEventsOlderThanTheRetentionPeriodAndKeepsTheRest() {
        AuditEvent expired = recordedEventThatHappened(properties.retention().plusDays(1));
        AuditEvent kept = recordedEventThatHappened(properties.retention().minusDays(1));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> scheduler.reschedule(
                        TaskInstanceId.of(RetentionScheduling.TASK_NAME, RecurringTask.INSTANCE), Instant.now()));
        scheduler.triggerCheckForDueExecutions();

        await().atMost(Duration.ofSeconds(30)).until(() -> !trail.contains(expired.id()));
        assertThat(trail.contains(kept.id())).isTrue();
    }

    @Test
    void anExpiryRunCountsWhatItDeleted() {
        recordedEventThatHappened(properties.retention().plusDays(30));
        recordedEventThatHappened(properties.retention().plusDays(31));
        AuditEvent recent = recordedEventThatHappened(Duration.ofMinutes(5));

        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(2);
        assertThat(trail.contains(recent.id())).isTrue();
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
                JsonNodeFactory.instance.objectNode().put("title", "old news"));
        assertThat(trail.add(event)).isTrue();
        return event;
    }
}
