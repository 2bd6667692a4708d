package dev.ordo.tasks.query;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/** Who evaluates a filter, where "today" is for them, and when: the values "me", "today" and "+24h" need. */
public record FilterContext(UUID userId, ZoneId zone, Instant now) {

    public FilterContext {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
    }
}
