package dev.ordo.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;

/**
 * Runs a service's recurring jobs — its {@link RecurringTask} beans — with db-scheduler (wired here
 * because its Boot starter targets Boot 3). The schedule lives in the {@code scheduled_tasks} table of the
 * service's database, so with several replicas each job runs once per turn, and a turn missed while the
 * service was down runs when it is back. The table comes with the platform's migrations ({@code db/platform},
 * platform/events), which every service with a database runs; a service declares only its tasks.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(Scheduler.class)
@ConditionalOnBean({DataSource.class, RecurringTask.class})
public class RecurringJobsAutoConfiguration {

    /** Stopped (its running executions finished) when the context closes, before the pool. */
    @Bean(destroyMethod = "stop")
    @ConditionalOnMissingBean
    Scheduler recurringJobsScheduler(
            DataSource dataSource,
            List<RecurringTask<?>> jobs,
            @Value("${ordo.jobs.polling-interval:10s}") Duration pollingInterval,
            @Value("${ordo.jobs.heartbeat-interval:5m}") Duration heartbeatInterval) {
        return Scheduler.create(dataSource)
                .startTasks(jobs.toArray(RecurringTask[]::new))
                .threads(1)
                .pollingInterval(pollingInterval)
                // a run held by an instance that died is taken over after 6 missed heartbeats
                .heartbeatInterval(heartbeatInterval)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Started once the context (and Flyway's migrations) are ready. A stop pauses it (it picks up no more work) and a
     * later start resumes it: Spring's test context cache pauses the contexts it is not using and restarts them when
     * a test needs them again, and a db-scheduler {@link Scheduler} cannot start twice — while two contexts of one
     * service share its test database, only the one in use may run the jobs. The scheduler itself stops when the
     * context closes (the bean's destroy method).
     */
    @Bean
    SmartLifecycle recurringJobsLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean started;
            private volatile boolean running;

            @Override
            public void start() {
                if (started) {
                    scheduler.resume();
                } else {
                    scheduler.start();
                    started = true;
                }
                running = true;
            }

            @Override
            public void stop() {
                scheduler.pause();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
