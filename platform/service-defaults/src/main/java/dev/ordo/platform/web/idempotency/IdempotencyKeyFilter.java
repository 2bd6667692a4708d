package dev.ordo.platform.web.idempotency;

import dev.ordo.platform.web.BodySizeLimitFilter;
import dev.ordo.platform.web.ProblemResponseWriter;
import dev.ordo.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.ServletRequestPathUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on every {@link IdempotentCreate} handler. The request runs in one transaction
 * with the claim of its key (the handler's own transaction joins it), and its 2xx answer — status,
 * Location, ETag, Content-Type and body — is stored before that transaction commits: a created object
 * never exists without its key, nor a key without its object. Only then does the client get the answer.
 * A 4xx/5xx answer rolls everything back, so a corrected retry with the same key is a new request.
 *
 * <p>"The same request" means the same path and the same JSON (members in any order, any whitespace).
 * Keys are per authenticated caller; a request without one (a public path) runs without the key.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a replayed answer, so a client (and a log) can tell a replay from a first answer. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    static final String INVALID_KEY = "invalid-idempotency-key";
    static final String KEY_REUSED = "idempotency-key-reused";
    static final String KEY_IN_USE = "idempotency-key-in-use";

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final String[] REPLAYED_HEADERS = {
        HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE
    };
    private static final JsonMapper CANONICAL =
            JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

    private final IdempotencyKeys keys;
    private final TransactionTemplate transactions;
    private final IdempotencyProperties properties;
    private final ProblemResponseWriter problems;
    private final Supplier<RequestMappingHandlerMapping> handlers;

    public IdempotencyKeyFilter(
            IdempotencyKeys keys,
            TransactionTemplate transactions,
            IdempotencyProperties properties,
            ProblemResponseWriter problems,
            Supplier<RequestMappingHandlerMapping> handlers) {
        this.keys = keys;
        this.transactions = transactions;
        this.properties = properties;
        this.problems = problems;
        this.handlers = handlers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String owner = caller();
        if (owner == null || !isIdempotentCreate(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problem(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    INVALID_KEY,
                    "'" + HEADER + "' must be 1 to 255 visible ASCII characters.");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodySizeLimitFilter.BodyTooLargeException e) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
            return;
        }
        String hash = hash(request.getRequestURI(), body);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        StoredResponse replay;
        try {
            replay = transactions.execute(status -> {
                if (!keys.claim(owner, key, hash, properties.concurrentWait())) {
                    return keys.find(owner, key).orElseThrow();
                }
                run(chain, new CachedBodyRequest(request, body), answer);
                if (HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
                    keys.complete(
                            owner, key, answer.getStatus(), replayedHeaders(answer), answer.getContentAsByteArray());
                } else {
                    status.setRollbackOnly();
                }
                return null;
            });
        } catch (IdempotencyKeys.KeyInUse e) {
            problem(
                    request,
                    response,
                    HttpStatus.CONFLICT,
                    KEY_IN_USE,
                    "A request with this " + HEADER + " is still being processed. Retry it in a moment.");
            return;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ServletFailure e) {
            throw e.getCause();
        }
        if (replay == null) {
            answer.copyBodyToResponse();
        } else if (!replay.requestHash().equals(hash)) {
            problem(
                    request,
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    KEY_REUSED,
                    "This " + HEADER + " was already used for a different request. Use a new key for a new request.");
        } else {
            replay(replay, response);
        }
    }

    /** Whether the handler this request goes to is an {@link IdempotentCreate}; asked only when a key came. */
    private boolean isIdempotentCreate(HttpServletRequest request) {
        Object parsedPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            HandlerExecutionChain handler = handlers.get().getHandler(request);
            return handler != null
                    && handler.getHandler() instanceof HandlerMethod method
                    && method.hasMethodAnnotation(IdempotentCreate.class);
        } catch (Exception e) {
            return false; // the dispatch itself answers what is wrong with the request (405, 415, ...)
        } finally {
            if (parsedPath == null) {
                request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            } else {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsedPath);
            }
        }
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private static void run(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new ServletFailure(e);
        }
    }

    private static Map<String, String> replayedHeaders(HttpServletResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        if (!headers.containsKey(HttpHeaders.CONTENT_TYPE) && response.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, response.getContentType());
        }
        return headers;
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private void problem(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String name, String detail)
            throws IOException {
        problems.write(request, response, Problems.of(status, name, detail, request));
    }

    /** The path and the body as canonical JSON (sorted members), or the body's bytes when it is not JSON. */
    static String hash(String path, byte[] body) {
        byte[] canonical;
        try {
            JsonNode tree = CANONICAL.readTree(body);
            canonical = tree == null ? body : CANONICAL.writeValueAsBytes(tree);
        } catch (JacksonException e) {
            canonical = body;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(canonical);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Carries a ServletException through the transaction callback. */
    private static final class ServletFailure extends RuntimeException {
        ServletFailure(ServletException cause) {
            super(cause);
        }

        @Override
        public synchronized ServletException getCause() {
            return (ServletException) super.getCause();
        }
    }
}
