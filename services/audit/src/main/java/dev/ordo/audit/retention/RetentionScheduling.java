package dev.ordo.audit.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The retention job. The platform runs every {@code RecurringTask} bean with db-scheduler
 * ({@code RecurringJobsAutoConfiguration}): once per turn across replicas, and a missed turn on restart.
 */
@Configuration(proxyBeanMethods = false)
class RetentionScheduling {

    static final String TASK_NAME = "audit-retention";

    @Bean
    RecurringTask<Void> retentionTask(RetentionProperties properties, RetentionService retention) {
        return Tasks.recurring(TASK_NAME, Schedules.parseSchedule(properties.retentionSchedule()))
                .execute((instance, context) -> retention.deleteExpired());
    }
}
