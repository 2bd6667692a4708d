package dev.ordo.tasks.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ordo.tasks.config.TasksProperties;
import dev.ordo.tasks.task.PrioritySweep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's recurring jobs. The platform runs every {@code RecurringTask} bean with db-scheduler
 * ({@code RecurringJobsAutoConfiguration}): once per turn across replicas.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

    static final String PRIORITY_SWEEP = "priority-sweep";

    @Bean
    RecurringTask<Void> prioritySweepTask(TasksProperties properties, PrioritySweep sweep) {
        return Tasks.recurring(PRIORITY_SWEEP, Schedules.fixedDelay(properties.prioritySweep()))
                .execute((instance, context) -> sweep.sweep());
    }
}
