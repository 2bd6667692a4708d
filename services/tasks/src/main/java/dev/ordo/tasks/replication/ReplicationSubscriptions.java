package dev.ordo.tasks.replication;

import dev.ordo.platform.events.EventSubscriptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What tasks reads from other services: projects' project and member events ({@code ordo.projects.project}),
 * identity's user events ({@code ordo.identity.user}) and the comments service's comment events (for the
 * comment counts, {@code ordo.comments.comment}), in the consumer group {@code tasks}. The platform
 * applies each once and retries it until it works; a message that is no event, or that a handler rejects as
 * invalid, goes to {@code <topic>.tasks.dlt}.
 */
@Configuration(proxyBeanMethods = false)
class ReplicationSubscriptions {

    @Bean
    EventSubscriptions projectEvents(ProjectEventHandler handler) {
        return handler.subscriptions();
    }

    @Bean
    EventSubscriptions commentEvents(CommentEventHandler handler) {
        return handler.subscriptions();
    }

    @Bean
    EventSubscriptions userEvents(UserEventHandler handler) {
        return handler.subscriptions();
    }
}
