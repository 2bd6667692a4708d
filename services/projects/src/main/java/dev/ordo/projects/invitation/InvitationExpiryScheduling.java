package dev.ordo.projects.invitation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ordo.projects.config.ProjectsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The invitation expiry job. The platform runs every {@code RecurringTask} bean with db-scheduler
 * ({@code RecurringJobsAutoConfiguration}): once per turn across replicas.
 */
@Configuration(proxyBeanMethods = false)
class InvitationExpiryScheduling {

    static final String TASK_NAME = "invitation-expiry";

    @Bean
    RecurringTask<Void> invitationExpiryTask(ProjectsProperties properties, InvitationExpiryService expiry) {
        return Tasks.recurring(TASK_NAME, Schedules.parseSchedule(properties.invitationExpirySchedule()))
                .execute((instance, context) -> expiry.expireDue());
    }
}
