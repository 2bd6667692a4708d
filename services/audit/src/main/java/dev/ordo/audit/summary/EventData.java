package dev.ordo.audit.summary;

import dev.ordo.audit.trail.AuditEvent;
import dev.ordo.contracts.events.EventType;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of a recorded event as its contracts record. The trail keeps whatever was published, so data
 * of another schema version, or that does not fit its record, is simply not read (its event still is kept
 * and shown, with a plainer summary).
 */
@Component
class EventData {

    private final JsonMapper json;

    EventData(JsonMapper json) {
        this.json = json;
    }

    <T> Optional<T> as(AuditEvent event, EventType<T> type) {
        if (event.dataVersion() != type.version()
                || event.data() == null
                || !event.data().isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.treeToValue(event.data(), type.dataType()));
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
