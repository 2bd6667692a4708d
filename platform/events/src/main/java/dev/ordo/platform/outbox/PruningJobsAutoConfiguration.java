package dev.ordo.platform.outbox;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ordo.platform.jobs.RecurringJobsAutoConfiguration;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The events platform's own recurring jobs: pruning sent outbox rows and old processed-event marks. They are
 * ordinary {@code RecurringTask} beans, run by platform/jobs like any service's (events depends on jobs, never
 * the other way round: jobs knows nothing of events).
 */
@AutoConfiguration(after = OutboxAutoConfiguration.class, before = RecurringJobsAutoConfiguration.class)
@ConditionalOnClass(Scheduler.class)
@ConditionalOnBean(DataSource.class)
public class PruningJobsAutoConfiguration {

    public static final String PRUNE_OUTBOX = "ordo-prune-outbox";
    public static final String PRUNE_PROCESSED_EVENTS = "ordo-prune-processed-events";

    @Bean
    @ConditionalOnMissingBean
    Pruning ordoPruning(
            JdbcClient jdbc,
            Clock clock,
            OutboxProperties outbox,
            @Value("${ordo.events.processed-retention:30d}") Duration processedRetention) {
        return new Pruning(jdbc, clock, outbox.retention(), processedRetention);
    }

    @Bean
    RecurringTask<Void> ordoPruneOutboxTask(
            Pruning pruning, @Value("${ordo.jobs.pruning-interval:1h}") Duration interval) {
        return Tasks.recurring(PRUNE_OUTBOX, Schedules.fixedDelay(interval))
                .execute((instance, context) -> pruning.pruneSentEvents());
    }

    @Bean
    RecurringTask<Void> ordoPruneProcessedEventsTask(
            Pruning pruning, @Value("${ordo.jobs.pruning-interval:1h}") Duration interval) {
        return Tasks.recurring(PRUNE_PROCESSED_EVENTS, Schedules.fixedDelay(interval))
                .execute((instance, context) -> pruning.pruneProcessedEvents());
    }
}
