package dev.ordo.projects.userevents;

import dev.ordo.platform.events.EventSubscriptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What projects reads from other services: identity's user events ({@code ordo.identity.user}), in the
 * consumer group {@code projects}. The platform applies each once and retries it until it works; a message
 * that is no event, or that the handler rejects as invalid, goes to {@code ordo.identity.user.projects.dlt}.
 */
@Configuration(proxyBeanMethods = false)
class UserEventSubscriptions {

    @Bean
    EventSubscriptions userEvents(UserEventHandler handler) {
        return handler.subscriptions();
    }
}
