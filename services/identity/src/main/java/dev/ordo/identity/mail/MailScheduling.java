package dev.ordo.identity.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ordo.identity.config.EmailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mail relay's recurring turn, for mails that could not be sent right after their commit (SMTP away,
 * or the instance stopped). The platform runs every {@code RecurringTask} bean with db-scheduler: once
 * per turn across replicas.
 */
@Configuration(proxyBeanMethods = false)
class MailScheduling {

    static final String TASK_NAME = "mail-relay";

    @Bean
    RecurringTask<Void> mailRelayTask(EmailProperties properties, MailRelay relay) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(properties.mail().relayInterval()))
                .execute((instance, context) -> relay.drain());
    }
}
