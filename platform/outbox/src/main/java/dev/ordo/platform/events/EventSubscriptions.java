package dev.ordo.platform.events;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Typed dispatch of events to handlers: {@code subscriptions.on(ProjectEvents.MEMBER_REMOVED, this::remove)}.
 * The data is bound to the event type's record before the handler sees it; types nobody subscribed to are
 * skipped (see {@link IdempotentConsumer#process(String, String, EventSubscriptions)}).
 */
public final class EventSubscriptions {

    /** Handles one event type: its data, bound to its record, and the envelope (version, actor, time). */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(T data, EventEnvelope<JsonNode> event);
    }

    private final EventCodec codec;
    private final Map<String, Subscription<?>> byName = new LinkedHashMap<>();

    public EventSubscriptions(EventCodec codec) {
        this.codec = codec;
    }

    public <T> EventSubscriptions on(EventType<T> type, Handler<T> handler) {
        if (byName.putIfAbsent(type.name(), new Subscription<>(type, handler)) != null) {
            throw new IllegalStateException("two handlers for " + type.name());
        }
        return this;
    }

    public boolean handles(String type) {
        return byName.containsKey(type);
    }

    /** Binds the data and calls the handler; an event nobody subscribed to is ignored. */
    public void dispatch(EventEnvelope<JsonNode> event) {
        Subscription<?> subscription = byName.get(event.type());
        if (subscription != null) {
            subscription.apply(codec, event);
        }
    }

    private record Subscription<T>(EventType<T> type, Handler<T> handler) {
        void apply(EventCodec codec, EventEnvelope<JsonNode> event) {
            handler.handle(codec.data(event, type), event);
        }
    }
}
