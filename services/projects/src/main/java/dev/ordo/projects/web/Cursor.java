package dev.ordo.projects.web;

import dev.ordo.platform.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque {@code cursor} of a page: the position of its last item, base64url-encoded. Clients only
 * hand it back; its inside may change without notice.
 */
public final class Cursor {

    private static final String SEPARATOR = "|";
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Cursor() {}

    public static String encode(Position position) {
        String plain = position.at() + SEPARATOR + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException 400 when the text is not a cursor this service gave out */
    public static Position decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            Instant at = Instant.parse(plain.substring(0, separator));
            if (at.isBefore(FIRST_INSTANT) || at.isAfter(LAST_INSTANT)) {
                throw new IllegalArgumentException("no time this service wrote, nor one the database can hold");
            }
            return new Position(at, UUID.fromString(plain.substring(separator + 1)));
        } catch (RuntimeException e) {
            throw ApiException.badRequest("'cursor' is not a cursor this service gave out.");
        }
    }
}
