package dev.ordo.platform.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /**
     * {@link #once} for a batch, in ONE transaction: one statement marks every delivery's event (one round
     * trip however many there are), then {@code effect} runs with the deliveries not processed before, in
     * the order given (an event delivered twice within the batch is in it once, at its first place). Either
     * all the marks and all the effects commit, or none does.
     *
     * @param consumerOf the processed-event consumer of a delivery ({@link EventListeners#consumerOf})
     * @param eventIdOf  the event id of a delivery
     * @return the deliveries whose effect ran (empty if all had been processed before)
     */
    public <D> List<D> onceEach(
            List<D> deliveries, Function<D, String> consumerOf, Function<D, UUID> eventIdOf, Consumer<List<D>> effect) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        String[] consumers = new String[deliveries.size()];
        String[] ids = new String[deliveries.size()];
        for (int i = 0; i < deliveries.size(); i++) {
            consumers[i] = consumerOf.apply(deliveries.get(i));
            ids[i] = eventIdOf.apply(deliveries.get(i)).toString();
        }
        List<D> applied = transactions.execute(status -> {
            Set<Mark> fresh = new HashSet<>(jdbc.sql("""
                            insert into processed_event (consumer, event_id)
                            select consumer, cast(event_id as uuid)
                            from unnest(cast(:consumers as text[]), cast(:ids as text[])) as d (consumer, event_id)
                            on conflict do nothing
                            returning consumer, event_id""")
                    .param("consumers", consumers)
                    .param("ids", ids)
                    .query((rs, n) -> new Mark(rs.getString(1), rs.getObject(2, UUID.class)))
                    .list());
            List<D> toApply = new ArrayList<>(fresh.size());
            for (D delivery : deliveries) {
                if (fresh.remove(new Mark(consumerOf.apply(delivery), eventIdOf.apply(delivery)))) {
                    toApply.add(delivery);
                }
            }
            if (!toApply.isEmpty()) {
                effect.accept(toApply);
            }
            return toApply;
        });
        return applied == null ? List.of() : applied;
    }

    private record Mark(String consumer, UUID eventId) {}
}
