package dev.ordo.contracts.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns envelopes into JSON for Kafka and back: the one place that knows the wire format. It lives with the
 * contracts because publishers, consumers and the tests that read topics must all read events the same way.
 * Reading is lenient about fields it does not know: a publisher may add a field without a new version.
 */
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
        if (json == null) {
            throw new EventDecodingException("an empty message is no Ordo event", null);
        }
        try {
            JsonNode root = jsonMapper.readTree(json);
            return new EventEnvelope<>(
                    UUID.fromString(required(root, "id").asString()),
                    required(root, "source").asString(),
                    required(root, "type").asString(),
                    root.path("dataVersion").asInt(1),
                    Instant.parse(required(root, "time").asString()),
                    root.path("subject").asString(null),
                    root.path("aggregateVersion").asLong(EventEnvelope.UNVERSIONED),
                    root.path("actor").isNull() ? null : root.path("actor").asString(null),
                    root.path("data"));
        } catch (JacksonException | IllegalArgumentException | DateTimeException e) {
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
            return jsonMapper
                    .readerFor(type.dataType())
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(envelope.data());
        } catch (JacksonException e) {
            throw new EventDecodingException(
                    "data of " + type.name() + " does not match its record: " + e.getMessage(), e);
        }
    }

    /** The envelope with its data bound to the record of its event type. */
    public <T> EventEnvelope<T> bind(EventEnvelope<JsonNode> envelope, EventType<T> type) {
        T data = data(envelope, type);
        return new EventEnvelope<>(
                envelope.id(),
                envelope.source(),
                envelope.type(),
                envelope.dataVersion(),
                envelope.time(),
                envelope.subject(),
                envelope.aggregateVersion(),
                envelope.actor(),
                data);
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
