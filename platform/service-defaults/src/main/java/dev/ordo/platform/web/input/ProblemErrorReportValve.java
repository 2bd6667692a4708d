package dev.ordo.platform.web.input;

import dev.ordo.platform.problems.ProblemNames;
import dev.ordo.platform.web.Problems;
import dev.ordo.platform.web.RequestIds;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error page, for what it refuses before any servlet runs (a control character in a header,
 * {@code %2F} or {@code %00} in the path, a request line or headers too large): RFC 9457 problem+json
 * with a request id instead of Tomcat's HTML page. Errors inside the application never get here: they
 * are answered by the platform's /error page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String requestId = requestId(request);
        String name = status == 400 ? Problems.MALFORMED_REQUEST : Problems.nameFor(status);
        String type = name == null ? "about:blank" : ProblemNames.type(name).toString();
        String title = name == null ? reason(status) : ProblemNames.title(name);
        String json = "{\"type\":" + quote(type) + ",\"title\":" + quote(title) + ",\"status\":" + status
                + ",\"detail\":" + quote(detail(status)) + ",\"requestId\":" + quote(requestId) + "}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader(RequestIds.HEADER, requestId);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already started: nothing more to say
        }
    }

    private static String requestId(Request request) {
        Object known = request.getAttribute(RequestIds.ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String offered;
        try {
            offered = request.getHeader(RequestIds.HEADER);
        } catch (RuntimeException e) {
            offered = null;
        }
        return RequestIds.acceptOrCreate(offered);
    }

    private static String reason(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed (its request line, path or headers), so it was not read.";
            case 413, 431 -> "The request line or headers are too large.";
            case 414 -> "The request URI is too long.";
            default ->
                status >= 500
                        ? "Something went wrong on our side. Quote the request id when reporting it."
                        : reason(status);
        };
    }

    /** A JSON string literal; the values here are ASCII, but a request id is escaped all the same. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
