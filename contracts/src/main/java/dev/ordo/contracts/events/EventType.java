package dev.ordo.contracts.events;

import java.util.Objects;

/**
 * One kind of event: its name on the wire (e.g. {@code user.registered}), the schema version of its
 * data, the record that carries the data, and the topic it is published to. Each event type is
 * declared exactly once, as a constant next to its data record.
 *
 * @param name     the CloudEvents {@code type}, lower-case and dotted
 * @param version  the version of the data schema; bump it when a field changes meaning or is removed
 * @param dataType the record the {@code data} member deserialises to
 * @param topic    the Kafka topic, {@code ordo.<service>.<aggregate>}
 */
public record EventType<T>(String name, int version, Class<T> dataType, String topic) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(topic, "topic");
        if (!Topics.isOrdoTopic(topic)) {
            throw new IllegalArgumentException("topic must look like ordo.<service>.<aggregate>: " + topic);
        }
    }
}
