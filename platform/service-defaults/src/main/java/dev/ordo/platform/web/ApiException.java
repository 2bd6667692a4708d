package dev.ordo.platform.web;

import org.springframework.http.HttpStatus;

import java.time.Duration;

/**
 * An error that a service answers on purpose: the status and a human-readable detail go to the client
 * as RFC 9457 problem+json. Anything else that escapes a controller becomes a 500 without details.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final Duration retryAfter;

    public ApiException(HttpStatus status, String detail) {
        this(status, detail, null);
    }

    private ApiException(HttpStatus status, String detail, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, detail);
    }

    /** Also the answer for objects the caller may not see: they do not exist for that caller. */
    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, detail);
    }

    public static ApiException tooManyRequests(Duration retryAfter) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests; retry later.", retryAfter);
    }

    public HttpStatus status() {
        return status;
    }

    /** Set only for 429 answers: how long the client should wait. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
