package dev.ordo.notifications.inbox;

import java.util.Locale;
import java.util.Optional;

/** Where a notification is told. In-app is the inbox itself (and its live stream); email and push are deliveries. */
public enum Channel {
    IN_APP,
    EMAIL,
    PUSH;

    /** As the API writes it: {@code in_app}, {@code email}, {@code push}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromWire(String wire) {
        for (Channel c : values()) {
            if (c.wire().equals(wire)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
