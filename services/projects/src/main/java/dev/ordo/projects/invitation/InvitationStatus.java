package dev.ordo.projects.invitation;

import java.util.Locale;

/** Only a pending invitation can change; every other status is final. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    REVOKED,
    EXPIRED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static InvitationStatus fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
