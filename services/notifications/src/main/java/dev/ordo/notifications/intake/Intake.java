package dev.ordo.notifications.intake;

import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.platform.events.EventSubscriptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one subscription of the consumer group {@code notifications} to the events it reads (tasks', comments',
 * users', and projects' invitations; projects' project and member events are platform/memberships'), each handed to
 * every {@link EventReaction} that names its type. A type no reaction names is not subscribed to.
 */
@Configuration(proxyBeanMethods = false)
class Intake {

    /** Every type a reaction may name (memberships' project and member events are not among them). */
    static final List<EventType<?>> READ = Stream.of(
                    TaskEvents.ALL.stream(),
                    CommentEvents.ALL.stream(),
                    Stream.of(
                            IdentityEvents.USER_REGISTERED,
                            IdentityEvents.USER_UPDATED,
                            IdentityEvents.USER_EMAIL_CHANGED),
                    Stream.of(
                            ProjectEvents.INVITATION_CREATED,
                            ProjectEvents.INVITATION_ACCEPTED,
                            ProjectEvents.INVITATION_REJECTED,
                            ProjectEvents.INVITATION_REVOKED,
                            ProjectEvents.INVITATION_EXPIRED))
            .flatMap(s -> s)
            .<EventType<?>>map(t -> t)
            .toList();

    @Bean
    EventSubscriptions intakeSubscriptions(ObjectProvider<EventReaction> reactions) {
        List<EventReaction> ordered = reactions.orderedStream().toList();
        Set<EventType<?>> wanted = new LinkedHashSet<>();
        ordered.forEach(r -> wanted.addAll(r.types()));
        EventSubscriptions subscriptions = new EventSubscriptions();
        for (EventType<?> type : wanted) {
            if (!READ.contains(type)) {
                throw new IllegalStateException(type.name() + " is not among the events notifications reads");
            }
            subscribe(subscriptions, type, ordered);
        }
        return subscriptions;
    }

    private static <T> void subscribe(EventSubscriptions subscriptions, EventType<T> type, List<EventReaction> all) {
        List<EventReaction> mine =
                all.stream().filter(r -> r.types().contains(type)).toList();
        subscriptions.on(type, (data, event) -> mine.forEach(r -> r.react(data, event)));
    }
}
