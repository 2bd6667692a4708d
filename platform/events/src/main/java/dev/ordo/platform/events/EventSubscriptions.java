package dev.ordo.platform.events;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>
 * Events are consumed in batches (ADR 0025): the handlers of one poll's new events run in order, in ONE
 * transaction with their marks; a handler that joins the caller's transaction (a {@code @Transactional}
 * method, the default propagation) is part of it. If any fails, the batch is rolled back and taken one event
 * at a time, so only the event that fails is retried or dead-lettered.
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

    /** One event of a batch and the topic it came from. */
    public record TopicEvent(EventEnvelope<JsonNode> event, String topic) {}

    /**
     * {@link AnyHandler} for a batch: the new events of one poll, in the order they arrived (each partition's,
     * so each aggregate's, in order), to be handled in the caller's transaction (e.g. with one multi-row
     * insert). Called with one event when a batch is retried one at a time.
     */
    @FunctionalInterface
    public interface AnyBatchHandler {
        void handle(List<TopicEvent> events);
    }

    /** One event type and its handler. */
    public record Subscription<T>(EventType<T> type, Handler<T> handler) {}

    private final Map<String, Subscription<?>> byName = new LinkedHashMap<>();
    private AnyBatchHandler any;

    public <T> EventSubscriptions on(EventType<T> type, Handler<T> handler) {
        if (byName.putIfAbsent(type.name(), new Subscription<>(type, handler)) != null) {
            throw new IllegalStateException("two handlers for " + type.name());
        }
        return this;
    }

    /** Every event on every Ordo topic (the audit trail): a catch-all, which excludes typed handlers. */
    public EventSubscriptions onAny(AnyHandler handler) {
        return onAnyInBatches(events -> events.forEach(each -> handler.handle(each.event(), each.topic())));
    }

    /** {@link #onAny}, handed each batch of new events at once. */
    public EventSubscriptions onAnyInBatches(AnyBatchHandler handler) {
        if (any != null) {
            throw new IllegalStateException("two catch-all handlers");
        }
        any = handler;
        return this;
    }

    Collection<Subscription<?>> typed() {
        return Collections.unmodifiableCollection(byName.values());
    }

    AnyBatchHandler any() {
        return any;
    }
}
