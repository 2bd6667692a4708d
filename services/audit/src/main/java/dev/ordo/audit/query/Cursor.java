package dev.ordo.audit.query;

import dev.ordo.audit.trail.Position;
import dev.ordo.platform.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque {@code cursor} of a page: the position of its last event, base64url-encoded. Clients only
 * hand it back; its inside may change without notice.
 */
final class Cursor {

    private static final String SEPARATOR = "|";

    private Cursor() {}

    static String encode(Position position) {
        String plain = position.occurredAt() + SEPARATOR + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            Instant occurredAt = Instant.parse(plain.substring(0, separator));
            UUID id = UUID.fromString(plain.substring(separator + 1));
            if (!AuditQuery.inRange(occurredAt) || !id.toString().equalsIgnoreCase(plain.substring(separator + 1))) {
                throw new IllegalArgumentException("not a position this service wrote");
            }
            return new Position(occurredAt, id);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("'cursor' is not a cursor this service gave out.");
        }
    }
}
