package dev.ordo.notifications.reminder;

import dev.ordo.notifications.preference.NotificationPreferences;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A user's default reminder is their preference's {@code defaultReminderMinutes}. */
@Configuration(proxyBeanMethods = false)
class DefaultReminderPreference {

    @Bean
    DefaultReminderMinutes defaultReminderMinutes(NotificationPreferences preferences) {
        return user -> Optional.ofNullable(preferences.defaultReminderMinutes(user));
    }
}
