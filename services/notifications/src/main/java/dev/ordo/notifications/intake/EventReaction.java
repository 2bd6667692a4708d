package dev.ordo.notifications.intake;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import java.util.Set;

/**
 * What one feature does with other services' events. The platform allows one handler per event type in a service,
 * and several features here react to the same events (a task's due moves its reminders; its assignment notifies the
 * assignee; any change is told to the live streams of the project's members), so {@link Intake} subscribes once and
 * hands each event to every reaction that wants its type, in their {@link org.springframework.core.annotation.Order},
 * in the consumer's transaction (the platform applies an event once, and retries the whole on failure).
 */
public interface EventReaction {

    /** The event types it reacts to. */
    Set<EventType<?>> types();

    void react(Object data, EventEnvelope<?> event);
}
