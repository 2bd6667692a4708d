package dev.ordo.tasks.web;

import dev.ordo.platform.web.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code cursor} of a page: the sort keys of its last item (and whatever else the list needs
 * to continue exactly where it stopped), each base64url-encoded, joined by dots. Clients only hand it
 * back; its inside may change without notice.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(List<String> parts) {
        List<String> encoded = new ArrayList<>();
        for (String part : parts) {
            encoded.add(Base64.getUrlEncoder().withoutPadding().encodeToString(part.getBytes(StandardCharsets.UTF_8)));
        }
        return String.join(".", encoded);
    }

    /** @throws ApiException 400 when the text is not a cursor this service gave out */
    public static List<String> decode(String cursor) {
        try {
            List<String> parts = new ArrayList<>();
            for (String part : cursor.strip().split("\\.", -1)) {
                parts.add(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
            }
            return parts;
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    public static ApiException invalid() {
        return ApiException.badRequest("'cursor' is not a cursor this service gave out.");
    }
}
