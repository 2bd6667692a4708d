package dev.ordo.identity.onetime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Expired mailed tokens are of no use; a daily job deletes those a week past expiry. */
@Configuration(proxyBeanMethods = false)
class TokenPruning {

    @Bean
    RecurringTask<Void> oneTimeTokenPruneTask(OneTimeTokens tokens) {
        return Tasks.recurring("one-time-token-prune", Schedules.fixedDelay(Duration.ofDays(1)))
                .execute((instance, context) -> tokens.prune(Duration.ofDays(7)));
    }
}
