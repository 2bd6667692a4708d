package dev.ordo.audit.retention;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Runs the retention job with db-scheduler, wired by hand (its Boot starter targets Boot 3). The
 * schedule lives in the {@code scheduled_tasks} table, so with several replicas the job runs once,
 * and a run missed while the service was down happens when it comes back.
 */
@Configuration(proxyBeanMethods = false)
class RetentionScheduling {

    static final String TASK_NAME = "audit-retention";

    @Bean
    RecurringTask<Void> retentionTask(RetentionProperties properties, RetentionService retention) {
        return Tasks.recurring(TASK_NAME, Schedules.parseSchedule(properties.retentionSchedule()))
                .execute((instance, context) -> retention.deleteExpired());
    }

    @Bean
    Scheduler retentionScheduler(DataSource dataSource, RecurringTask<Void> retentionTask) {
        return Scheduler.create(dataSource)
                .startTasks(retentionTask)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(30))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Started once the context (and Flyway's migrations) are ready, stopped before the pool closes. */
    @Bean
    SmartLifecycle retentionSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
