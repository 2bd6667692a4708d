package dev.ordo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The one place that shapes an RFC 9457 problem: status, title, detail, instance and the request id. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return enrich(problem, request);
    }

    public static ProblemDetail enrich(ProblemDetail problem, HttpServletRequest request) {
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
