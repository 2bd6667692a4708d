package dev.ordo.notifications.rule;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import dev.ordo.notifications.intake.EventReaction;
import java.util.Set;
import java.util.function.BiConsumer;

/** A rule as an {@link EventReaction}: the types it reads and what it does with each event. */
final class Reactions {

    private Reactions() {}

    static EventReaction on(EventType<?> type, BiConsumer<Object, EventEnvelope<?>> react) {
        return on(Set.of(type), react);
    }

    static EventReaction on(Set<EventType<?>> types, BiConsumer<Object, EventEnvelope<?>> react) {
        return new EventReaction() {
            @Override
            public Set<EventType<?>> types() {
                return types;
            }

            @Override
            public void react(Object data, EventEnvelope<?> event) {
                react.accept(data, event);
            }
        };
    }
}
