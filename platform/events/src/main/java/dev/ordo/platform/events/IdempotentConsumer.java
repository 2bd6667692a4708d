package dev.ordo.platform.events;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each event at most once per consumer: the event id is recorded in {@code processed_event} in
 * the same transaction as the effect, so a redelivered event (Kafka delivers at least once) is skipped,
 * and an effect that fails leaves no mark and is retried.
 */
public class IdempotentConsumer {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public IdempotentConsumer(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs {@code effect} in one transaction with the mark that {@code consumer} processed {@code eventId},
     * unless the mark is there already.
     *
     * @return {@code true} if the effect ran, {@code false} if the event had been processed before
     */
    public boolean once(String consumer, UUID eventId, Runnable effect) {
        Boolean applied = transactions.execute(status -> {
            int inserted = jdbc.sql("""
                            insert into processed_event (consumer, event_id) values (:consumer, :id)
                            on conflict do nothing""")
                    .param("consumer", consumer)
                    .param("id", eventId)
                    .update();
            if (inserted == 0) {
                return false;
            }
            effect.run();
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}
