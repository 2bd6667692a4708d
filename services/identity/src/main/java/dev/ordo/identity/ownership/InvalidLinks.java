package dev.ordo.identity.ownership;

import dev.ordo.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** The one answer for a mailed link's token that is unknown, spent, expired or for something else. */
final class InvalidLinks {

    static final String TYPE = "invalid-token";

    private InvalidLinks() {}

    static ApiException invalid(String whatToDo) {
        return ApiException.typed(
                HttpStatus.BAD_REQUEST,
                TYPE,
                "Invalid or expired link",
                "This link does not work (any more): it may have expired or been used already. " + whatToDo);
    }
}
