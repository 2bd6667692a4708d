package dev.ordo.platform.web;

import dev.ordo.platform.security.PathSet;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413: at once when Content-Length says so, and
 * while reading when the body is chunked (the MVC error handler turns that into the same 413). A few paths
 * may take larger bodies ({@code ordo.web.large-bodies}: an upload's path, say); the first of those lists
 * whose patterns match the request's path gives its limit, every other path has the small one.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final List<PathLimit> larger;
    private final ProblemResponseWriter problems;

    public BodySizeLimitFilter(
            DataSize maxBodySize, List<OrdoWebProperties.LargeBodies> largeBodies, ProblemResponseWriter problems) {
        this.maxBytes = maxBodySize.toBytes();
        this.larger = largeBodies.stream()
                .filter(bodies -> !bodies.paths().isEmpty())
                .map(bodies -> new PathLimit(
                        PathSet.of(bodies.paths()), bodies.maxSize().toBytes()))
                .toList();
        this.problems = problems;
    }

    private record PathLimit(PathSet paths, long maxBytes) {}

    /** The largest body a request to this path may have. */
    long limitFor(HttpServletRequest request) {
        for (PathLimit limit : larger) {
            if (limit.paths().matches(request)) {
                return limit.maxBytes();
            }
        }
        return maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = limitFor(request);
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge(maxBytes));
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    static String tooLarge(long maxBytes) {
        return "The request body is larger than the " + maxBytes + " bytes this service accepts.";
    }

    /** Thrown while reading a body that turns out longer than allowed. */
    public static final class BodyTooLargeException extends IOException {
        private final long maxBytes;

        BodyTooLargeException(long maxBytes) {
            super(tooLarge(maxBytes));
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
