package dev.ordo.notifications.digest;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every minute (once across replicas: platform/jobs), the digests whose time came. */
@Configuration(proxyBeanMethods = false)
class DigestJob {

    @Bean
    RecurringTask<Void> digestTask(DigestService digests, Clock clock) {
        return Tasks.recurring("notification-digest", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> digests.makeDue(clock.instant()));
    }
}
