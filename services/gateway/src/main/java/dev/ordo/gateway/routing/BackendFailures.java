package dev.ordo.gateway.routing;

import dev.ordo.platform.web.BodySizeLimitFilter;
import dev.ordo.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;

/**
 * A service that cannot be reached is the gateway's error to report, not a 500: 504 when it did not
 * answer in time, 502 when it could not be reached at all — unless the client's own chunked body was too
 * large, which is its 413. Ahead of the platform's catch-all handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackendFailures {

    private static final Logger log = LoggerFactory.getLogger(BackendFailures.class);

    @ExceptionHandler(ResourceAccessException.class)
    ResponseEntity<ProblemDetail> unreachable(ResourceAccessException ex, HttpServletRequest request) {
        ProblemDetail problem = problemFor(ex, request);
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The problem a request that could not be proxied answers: 413 for the client's own chunked body that
     * was too large, 504 when the service did not answer in time, 502 when it could not be reached.
     */
    static ProblemDetail problemFor(Throwable ex, HttpServletRequest request) {
        BodySizeLimitFilter.BodyTooLargeException tooLarge = cause(ex, BodySizeLimitFilter.BodyTooLargeException.class);
        if (tooLarge != null) {
            return Problems.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), request);
        }
        boolean timedOut = causedBy(ex, HttpTimeoutException.class) || causedBy(ex, SocketTimeoutException.class);
        HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
        log.warn(
                "{} {} could not be proxied: {}",
                request.getMethod(),
                request.getRequestURI(),
                rootCause(ex).toString());
        String detail = timedOut
                ? "The service behind this path did not answer in time. Retry later; quote the request id if it persists."
                : "The service behind this path is not reachable right now. Retry later; quote the request id if it persists.";
        return Problems.of(status, detail, request);
    }

    /**
     * A chunked body turns out too large only while the gateway streams it to the service: that is the
     * client's 413, not a 502 of the service (which sees its request cut off).
     */
    @ExceptionHandler(BodySizeLimitFilter.BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(
            BodySizeLimitFilter.BodyTooLargeException ex, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage(), request));
    }

    private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
