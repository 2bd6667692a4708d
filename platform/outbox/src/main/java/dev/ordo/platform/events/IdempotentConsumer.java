package dev.ordo.platform.events;

import dev.ordo.contracts.events.EventEnvelope;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Applies each event at most once per consumer: the event id is recorded in {@code processed_event} in
 * the same transaction as the effect, so a redelivered event (Kafka delivers at least once) is skipped,
 * and an effect that fails leaves no mark and is retried.
 */
public class IdempotentConsumer {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EventCodec codec;

    public IdempotentConsumer(JdbcClient jdbc, TransactionTemplate transactions, EventCodec codec) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.codec = codec;
    }

    /**
     * Decodes {@code json} and applies {@code effect} once for this {@code consumer}.
     *
     * @return {@code true} if the effect ran, {@code false} if the event had been processed before
     * @throws EventDecodingException if the message is no Ordo event (it goes to the dead-letter topic)
     */
    public boolean process(String consumer, String json, Consumer<EventEnvelope<JsonNode>> effect) {
        return process(consumer, codec.decode(json), effect);
    }

    /**
     * Applies the event once through the subscribed handler; events of types nobody subscribed to are skipped
     * without a trace.
     *
     * @return {@code true} if a handler ran
     */
    public boolean process(String consumer, String json, EventSubscriptions subscriptions) {
        EventEnvelope<JsonNode> envelope = codec.decode(json);
        if (!subscriptions.handles(envelope.type())) {
            return false;
        }
        return process(consumer, envelope, subscriptions::dispatch);
    }

    private boolean process(
            String consumer, EventEnvelope<JsonNode> envelope, Consumer<EventEnvelope<JsonNode>> effect) {
        Boolean applied = transactions.execute(status -> {
            int inserted = jdbc.sql("""
                            insert into processed_event (consumer, event_id) values (:consumer, :id)
                            on conflict do nothing""")
                    .param("consumer", consumer)
                    .param("id", envelope.id())
                    .update();
            if (inserted == 0) {
                return false;
            }
            effect.accept(envelope);
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }

    public EventCodec codec() {
        return codec;
    }
}
