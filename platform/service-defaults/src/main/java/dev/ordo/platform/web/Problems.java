package dev.ordo.platform.web;

import dev.ordo.platform.problems.ProblemNames;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one place that shapes an RFC 9457 problem: type, status, title, detail, instance and the request id.
 * Every problem has a {@code type} of the catalogue ({@code https://ordo.dev/problems/<name>}, listed in
 * docs/api/problems.md): a domain exception's own name, else the name its status has here.
 */
public final class Problems {

    /** The body could not be read as JSON, or the request line, path or query string is malformed. */
    public static final String MALFORMED_REQUEST = "malformed-request";

    /** The name of a problem that has none of its own, by status. */
    private static final Map<Integer, String> NAMES_BY_STATUS = Map.ofEntries(
            Map.entry(400, "invalid-input"),
            Map.entry(401, "unauthenticated"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"),
            Map.entry(412, "version-mismatch"),
            Map.entry(413, "body-too-large"),
            Map.entry(414, "uri-too-long"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "unprocessable"),
            Map.entry(429, "rate-limited"),
            Map.entry(431, "headers-too-large"),
            Map.entry(500, "internal-error"),
            Map.entry(503, "unavailable"));

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return enrich(problem, request);
    }

    /** A problem with a name of its own (see {@link ProblemNames}). */
    public static ProblemDetail of(HttpStatusCode status, String name, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        named(problem, name);
        return enrich(problem, request);
    }

    /** The catalogue name a problem of this status has when it has none of its own; {@code null} if none. */
    public static String nameFor(int status) {
        return NAMES_BY_STATUS.get(status);
    }

    static void named(ProblemDetail problem, String name) {
        problem.setType(ProblemNames.type(name));
        problem.setTitle(ProblemNames.title(name));
    }

    /** Adds the instance and the request id, and the catalogue type when the problem has none yet. */
    public static ProblemDetail enrich(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            String name = nameFor(problem.getStatus());
            if (name != null) {
                named(problem, name);
            }
        }
        if (request != null && problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(request.getRequestURI()));
            } catch (IllegalArgumentException ignored) {
                // a path that is no valid URI stays out of the answer
            }
        }
        String requestId = request == null ? null : (String) request.getAttribute(RequestIds.ATTRIBUTE);
        if (requestId == null) {
            requestId = RequestIds.current();
        }
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }
}
