package dev.ordo.projects.invitation;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ordo.projects.config.ProjectsProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Runs the expiry job with db-scheduler, wired by hand (its Boot starter targets Boot 3). The schedule
 * lives in {@code scheduled_tasks}, so with several replicas the job runs once per turn, not once each.
 */
@Configuration(proxyBeanMethods = false)
class InvitationExpiryScheduling {

    static final String TASK_NAME = "invitation-expiry";

    @Bean
    RecurringTask<Void> invitationExpiryTask(ProjectsProperties properties, InvitationExpiryService expiry) {
        return Tasks.recurring(TASK_NAME, Schedules.parseSchedule(properties.invitationExpirySchedule()))
                .execute((instance, context) -> expiry.expireDue());
    }

    @Bean
    Scheduler invitationExpiryScheduler(DataSource dataSource, RecurringTask<Void> invitationExpiryTask) {
        return Scheduler.create(dataSource)
                .startTasks(invitationExpiryTask)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(10))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Started once the context (and Flyway's migrations) are ready, stopped before the pool closes. */
    @Bean
    SmartLifecycle invitationExpirySchedulerLifecycle(Scheduler scheduler) {
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
