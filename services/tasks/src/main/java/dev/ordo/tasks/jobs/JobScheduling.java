package dev.ordo.tasks.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ordo.tasks.config.TasksProperties;
import dev.ordo.tasks.idempotency.IdempotentCreates;
import dev.ordo.tasks.task.PrioritySweep;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * The service's recurring jobs, run by db-scheduler (wired by hand: its Boot starter targets Boot 3). The
 * schedule lives in {@code scheduled_tasks}, so with several replicas each job runs once per turn.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

    static final String IDEMPOTENCY_CLEANUP = "idempotency-key-cleanup";
    static final String PRIORITY_SWEEP = "priority-sweep";

    @Bean
    RecurringTask<Void> prioritySweepTask(TasksProperties properties, PrioritySweep sweep) {
        return Tasks.recurring(PRIORITY_SWEEP, Schedules.fixedDelay(properties.prioritySweep()))
                .execute((instance, context) -> sweep.sweep());
    }

    @Bean
    RecurringTask<Void> idempotencyKeyCleanupTask(TasksProperties properties, IdempotentCreates idempotent) {
        return Tasks.recurring(IDEMPOTENCY_CLEANUP, Schedules.fixedDelay(properties.idempotencyCleanup()))
                .execute((instance, context) -> idempotent.forgetExpired());
    }

    @Bean
    Scheduler jobScheduler(DataSource dataSource, List<RecurringTask<?>> jobs) {
        return Scheduler.create(dataSource)
                .startTasks(jobs.toArray(RecurringTask[]::new))
                .threads(1)
                .pollingInterval(Duration.ofSeconds(5))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Started once the context (and Flyway's migrations) are ready, stopped before the pool closes. */
    @Bean
    SmartLifecycle jobSchedulerLifecycle(Scheduler scheduler) {
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
