package dev.ordo.platform.events;

import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's codec bean: the contracts' wire format ({@link dev.ordo.contracts.events.EventCodec}) with
 * the service's own {@link JsonMapper}. Kept under this name so services and their tests inject it as they
 * always have.
 */
public class EventCodec extends dev.ordo.contracts.events.EventCodec {

    public EventCodec(JsonMapper jsonMapper) {
        super(jsonMapper);
    }
}
