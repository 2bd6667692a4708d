package dev.ordo.platform.events;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns envelopes into JSON for Kafka and back. The one place that knows the wire format. */
public class EventCodec {

    private final JsonMapper jsonMapper;

    public EventCodec(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public String encode(EventEnvelope<?> envelope) {
        return jsonMapper.writeValueAsString(envelope);
    }

    /** Reads the envelope, leaving {@code data} as a JSON tree; fails with {@link EventDecodingException}. */
    public EventEnvelope<JsonNode> decode(String json) {
        try {
            JsonNode root = jsonMapper.readTree(json);
            EventEnvelope<JsonNode> envelope = new EventEnvelope<>(
                    java.util.UUID.fromString(required(root, "id").asString()),
                    required(root, "source").asString(),
                    required(root, "type").asString(),
                    root.path("dataVersion").asInt(1),
                    java.time.Instant.parse(required(root, "time").asString()),
                    root.path("subject").asString(null),
                    root.path("aggregateVersion").asLong(EventEnvelope.UNVERSIONED),
                    root.path("actor").isNull() ? null : root.path("actor").asString(null),
                    root.path("data"));
            return envelope;
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new EventDecodingException("not an Ordo event envelope: " + e.getMessage(), e);
        }
    }

    /** Binds the data of an envelope to the record of its event type. */
    public <T> T data(EventEnvelope<JsonNode> envelope, EventType<T> type) {
        if (!type.name().equals(envelope.type())) {
            throw new IllegalArgumentException(
                    "event " + envelope.id() + " is " + envelope.type() + ", not " + type.name());
        }
        try {
            return jsonMapper.treeToValue(envelope.data(), type.dataType());
        } catch (JacksonException e) {
            throw new EventDecodingException(
                    "data of " + type.name() + " does not match its record: " + e.getMessage(), e);
        }
    }

    public JsonMapper jsonMapper() {
        return jsonMapper;
    }

    private static JsonNode required(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return node;
    }
}
