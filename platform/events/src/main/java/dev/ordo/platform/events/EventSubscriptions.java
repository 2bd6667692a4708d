package dev.ordo.platform.events;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a service consumes, declared as a bean; the platform does the rest ({@link EventListeners}):
 * <pre>{@code
 * @Bean
 * EventSubscriptions projectEvents(ProjectEventHandler handler) {
 *     return new EventSubscriptions()
 *             .on(ProjectEvents.PROJECT_CREATED, handler::created)
 *             .on(ProjectEvents.MEMBER_REMOVED, handler::removed);
 * }
 * }</pre>
 * Each event is decoded once, its data bound to its type's record, and its handler runs once (the event id
 * is marked in {@code processed_event} in the handler's transaction). Types nobody subscribed to are skipped
 * without a trace. The topics are the event types' own; the consumer group is the service's name
 * ({@code spring.application.name}), so what can never be processed goes to {@code <topic>.<service>.dlt}.
 * A service may declare several of these beans (one per feature); a type may have one handler.
 */
public final class EventSubscriptions {

    /** Handles one event type: its data, bound to its record, and the envelope (version, actor, time). */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(T data, EventEnvelope<T> event);
    }

    /**
     * Handles every event of every Ordo topic, present and future, including types this service has no
     * record for (so the data stays a JSON tree).
     */
    @FunctionalInterface
    public interface AnyHandler {
        void handle(EventEnvelope<JsonNode> event, String topic);
    }

    /** One event type and its handler. */
    public record Subscription<T>(EventType<T> type, Handler<T> handler) {}

    private final Map<String, Subscription<?>> byName = new LinkedHashMap<>();
    private AnyHandler any;

    public <T> EventSubscriptions on(EventType<T> type, Handler<T> handler) {
        if (byName.putIfAbsent(type.name(), new Subscription<>(type, handler)) != null) {
            throw new IllegalStateException("two handlers for " + type.name());
        }
        return this;
    }

    /** Every event on every Ordo topic (the audit trail): a catch-all, which excludes typed handlers. */
    public EventSubscriptions onAny(AnyHandler handler) {
        if (any != null) {
            throw new IllegalStateException("two catch-all handlers");
        }
        any = handler;
        return this;
    }

    Collection<Subscription<?>> typed() {
        return Collections.unmodifiableCollection(byName.values());
    }

    AnyHandler any() {
        return any;
    }
}
