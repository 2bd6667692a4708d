package dev.ordo.gateway.routing;

import dev.ordo.gateway.client.ClientAddresses;
import dev.ordo.platform.security.PathSet;
import dev.ordo.platform.web.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.springframework.web.HttpRequestHandler;

/**
 * Proxies a request of a service-table route to its service with Apache HttpClient 5 (pooled, kept
 * alive), in one pass over each side's headers:
 * <ul>
 *   <li>out: the method, the raw path and query string as the client sent them (nothing decoded and
 *       encoded again), every header but the hop-by-hop ones, Host, Content-Length (the body's own
 *       framing is set anew), Forwarded, X-Forwarded-* and X-Request-Id, which are replaced by the
 *       gateway's ({@link ProxiedRequestHeaders#added}); the body streamed as it is read;</li>
 *   <li>back: the status, every header but the hop-by-hop ones, the service's X-Request-Id and any
 *       Access-Control-* (the gateway sets those), and the body streamed (flushed as it comes for event
 *       streams and NDJSON).</li>
 * </ul>
 * A service that cannot be reached or does not answer in time, and a chunked body that turns out too
 * large, answer the problems of {@link BackendFailures}.
 *
 * <p>Long-lived answers ({@code ordo.gateway.streams.paths}: the notifications' live stream) may stay open as long
 * as the service keeps sending: for them the time allowed between two reads is {@code
 * ordo.gateway.streams.idle-timeout} (the service's heartbeats come well within it) instead of the read timeout.
 * The rate limit counts such a request once, when it arrives, like any other; what it streams is not counted.
 */
final class ServiceProxy implements HttpRequestHandler {

    /** The request attribute holding the {@link ServiceRoutes.Target} its route resolved to. */
    static final String TARGET = ServiceProxy.class.getName() + ".target";

    /** Request headers never passed on (lower case): hop-by-hop, framing, and what the gateway sets itself. */
    private static final Set<String> NOT_PASSED_ON = Set.of(
            "host",
            "content-length",
            "transfer-encoding",
            "connection",
            "keep-alive",
            "proxy-connection",
            "te",
            "trailer",
            "upgrade",
            "proxy-authorization",
            "proxy-authenticate",
            "expect",
            "forwarded",
            "x-request-id");

    /** Response headers never passed back (lower case), besides every Access-Control-* one. */
    private static final Set<String> NOT_PASSED_BACK = Set.of(
            "connection",
            "keep-alive",
            "proxy-connection",
            "transfer-encoding",
            "te",
            "trailer",
            "upgrade",
            "proxy-authenticate",
            "proxy-authorization",
            "x-request-id");

    private static final String X_FORWARDED = "x-forwarded-";
    private static final String ACCESS_CONTROL = "access-control-";

    private final CloseableHttpClient client;
    private final CloseableHttpClient streamClient;
    private final ClientAddresses clients;
    private final ProblemResponseWriter problems;
    private final PathSet streams;

    /**
     * @param streamClient the client of the long-lived answers ({@code streams}): its connections allow the streams'
     *     idle timeout between two reads (a per-request response timeout covers the answer's head only)
     */
    ServiceProxy(
            CloseableHttpClient client,
            CloseableHttpClient streamClient,
            PathSet streams,
            ClientAddresses clients,
            ProblemResponseWriter problems) {
        this.client = client;
        this.streamClient = streamClient;
        this.streams = streams;
        this.clients = clients;
        this.problems = problems;
    }

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServiceRoutes.Target target = (ServiceRoutes.Target) request.getAttribute(TARGET);
        BasicClassicHttpRequest outgoing = outgoing(request, target);
        ClassicHttpResponse answer;
        try {
            answer = (streams.matches(request) ? streamClient : client).executeOpen(target.host(), outgoing, null);
        } catch (IOException e) {
            problems.write(request, response, BackendFailures.problemFor(e, request));
            return;
        }
        boolean relayed = false;
        try {
            relay(answer, response);
            relayed = true;
        } finally {
            if (relayed) {
                // the whole body was read: the connection is back in the pool already
                answer.close();
            } else {
                // the client went away (or the service broke off) mid-answer: drop the connection at once. A plain
                // close would read the rest of the body to reuse it, which for a live stream means until the
                // service ends it — holding a pooled connection and this thread for as long as that takes.
                discard(answer);
            }
        }
    }

    private static void discard(ClassicHttpResponse answer) throws IOException {
        if (answer instanceof ModalCloseable closeable) {
            closeable.close(CloseMode.IMMEDIATE);
        } else {
            answer.close();
        }
    }

    private BasicClassicHttpRequest outgoing(HttpServletRequest request, ServiceRoutes.Target target)
            throws IOException {
        String query = request.getQueryString();
        String uri = request.getRequestURI();
        BasicClassicHttpRequest outgoing = new BasicClassicHttpRequest(
                request.getMethod(), target.host(), query == null ? uri : uri + '?' + query);
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_PASSED_ON.contains(lower) || lower.startsWith(X_FORWARDED)) {
                continue;
            }
            for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                outgoing.addHeader(name, values.nextElement());
            }
        }
        ProxiedRequestHeaders.added(request, clients, outgoing::setHeader);
        long length = request.getContentLengthLong();
        if (length >= 0
                || request.getHeader("Transfer-Encoding") != null
                || !request.getInputStream().isFinished()) {
            // a length of -1 is sent chunked; the Content-Type passed on above stays the body's type
            outgoing.setEntity(new InputStreamEntity(request.getInputStream(), length, null));
        }
        return outgoing;
    }

    private static void relay(ClassicHttpResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.getCode());
        for (Iterator<Header> headers = answer.headerIterator(); headers.hasNext(); ) {
            Header header = headers.next();
            String lower = header.getName().toLowerCase(Locale.ROOT);
            if (!NOT_PASSED_BACK.contains(lower) && !lower.startsWith(ACCESS_CONTROL)) {
                response.addHeader(header.getName(), header.getValue());
            }
        }
        HttpEntity entity = answer.getEntity();
        if (entity == null) {
            return;
        }
        InputStream body = entity.getContent();
        OutputStream out = response.getOutputStream();
        boolean flushEachRead = isStream(entity.getContentType());
        byte[] buffer = new byte[8192];
        for (int n; (n = body.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            if (flushEachRead) {
                out.flush();
            }
        }
    }

    /** Server-sent events and NDJSON go to the client as they come, not when a buffer is full. */
    private static boolean isStream(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/event-stream")
                || type.startsWith("application/x-ndjson")
                || type.startsWith("application/stream+json");
    }
}
