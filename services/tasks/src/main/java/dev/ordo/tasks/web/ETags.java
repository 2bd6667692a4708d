package dev.ordo.tasks.web;

import dev.ordo.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** An object's ETag is its version: {@code "7"}. If-Match asks for one; a stale one is answered 412. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header asks for; {@code null} when there is none (or it is {@code *}). */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            // a tag we never issued cannot match the current one
            throw stale();
        }
    }

    /** @throws ApiException 412 when an expected version was given and the current one differs */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw stale();
        }
    }

    public static ApiException stale() {
        return new ApiException(
                HttpStatus.PRECONDITION_FAILED,
                "If-Match does not match the current version: it was changed meanwhile. Read it again.");
    }
}
