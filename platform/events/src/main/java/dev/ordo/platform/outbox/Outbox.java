package dev.ordo.platform.outbox;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;

/**
 * Where a service records the events its changes cause. Must be called inside the transaction that
 * makes the change: the event is stored with it, and sent to Kafka after it commits (never before,
 * never lost, possibly more than once — consumers de-duplicate on the event id).
 */
public interface Outbox {

    /**
     * @param subject the aggregate id; the Kafka key, so events of one aggregate stay in order
     * @param actor   the user who caused the change, or {@code null} for the system
     */
    <T> EventEnvelope<T> append(EventType<T> type, String subject, String actor, T data);
}
