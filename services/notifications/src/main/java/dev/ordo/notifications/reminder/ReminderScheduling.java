package dev.ordo.notifications.reminder;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The firing poller, one db-scheduler recurring task (platform/jobs): one run at a time across the service's
 * instances, every {@code ordo.notifications.reminders.poll-interval} (500 ms) after the last, picked up within
 * {@code ordo.jobs.polling-interval} (1 s). Not one task instance per reminder: a poller claims a thousand due
 * reminders in a handful of statements, where a thousand one-time executions are a thousand picks and updates of
 * {@code scheduled_tasks} on the scheduler's one thread; and its {@code skip locked} claim keeps a reminder from
 * firing twice even if two runs overlap (a run taken over from an instance thought dead).
 */
@Configuration(proxyBeanMethods = false)
class ReminderScheduling {

    static final String TASK_NAME = "reminder-firing";

    @Bean
    RecurringTask<Void> reminderFiringTask(ReminderPoller poller, ReminderProperties properties) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(properties.pollInterval()))
                .execute((instance, context) -> poller.fireAllDue());
    }
}
