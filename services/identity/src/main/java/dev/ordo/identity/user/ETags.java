package dev.ordo.identity.user;

import dev.ordo.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** A profile's ETag is its version: {@code "7"}. */
final class ETags {

    private ETags() {}

    static String of(User user) {
        return "\"" + user.version() + "\"";
    }

    /** The version an If-Match header asks for; {@code null} when there is none (or it is {@code *}). */
    static Long version(String ifMatch) {
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
            throw new ApiException(HttpStatus.PRECONDITION_FAILED, "If-Match does not match the profile's ETag.");
        }
    }
}
