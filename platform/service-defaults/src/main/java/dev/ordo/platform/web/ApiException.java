package dev.ordo.platform.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/**
 * An error that a service answers on purpose: the status and a human-readable detail go to the client
 * as RFC 9457 problem+json. Anything else that escapes a controller becomes a 500 without details.
 */
public class ApiException extends RuntimeException {

    /** Problem types are {@value #TYPE_BASE}{@code <name>}, e.g. {@code https://ordo.dev/problems/email-not-verified}. */
    public static final String TYPE_BASE = "https://ordo.dev/problems/";

    private final HttpStatus status;
    private final Duration retryAfter;
    private final URI type;
    private final String title;

    public ApiException(HttpStatus status, String detail) {
        this(status, detail, null, null, null);
    }

    private ApiException(HttpStatus status, String detail, Duration retryAfter, URI type, String title) {
        super(detail, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
        this.type = type;
        this.title = title;
    }

    /**
     * A problem with its own {@code type} ({@value #TYPE_BASE}{@code <name>}) and title, for answers a client
     * acts on by kind rather than by status, e.g. {@code typed(FORBIDDEN, "email-not-verified", "Email not
     * verified", "Verify your email address to see invitations.")}.
     */
    public static ApiException typed(HttpStatus status, String name, String title, String detail) {
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a problem type name is lower-case words joined by '-': " + name);
        }
        return new ApiException(status, detail, null, URI.create(TYPE_BASE + name), title);
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
        return new ApiException(
                HttpStatus.TOO_MANY_REQUESTS, "Too many requests; retry later.", retryAfter, null, null);
    }

    public HttpStatus status() {
        return status;
    }

    /** The problem's {@code type}, or {@code null} for the default ({@code about:blank}). */
    public URI type() {
        return type;
    }

    /** The problem's title when it has its own {@code type}, else {@code null}. */
    public String title() {
        return title;
    }

    /** Set only for 429 answers: how long the client should wait. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
