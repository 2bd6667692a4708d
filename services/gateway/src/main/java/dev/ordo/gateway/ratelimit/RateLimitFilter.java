package dev.ordo.gateway.ratelimit;

import dev.ordo.gateway.client.ClientAddresses;
import dev.ordo.platform.web.ProblemResponseWriter;
import dev.ordo.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rate limit, in two places of the security chain. {@link ByAddress} runs before the token is
 * verified: a caller whose token this gateway verified before (already authenticated from memory) is
 * counted by its subject, every other request — no token, a bad one, a forged one, a new one — by client
 * address, so a flood of bad tokens is refused with a 429 before any signature is checked. {@link ByUser}
 * runs once a new token is verified and counts its caller by subject. Over a limit the answer is a 429
 * problem with Retry-After, and the request goes nowhere. Counting is local ({@link BatchedRateLimiter}).
 */
public abstract class RateLimitFilter extends OncePerRequestFilter {

    final RateLimiter limiter;
    final RateLimitProperties properties;
    private final ProblemResponseWriter problems;

    RateLimitFilter(RateLimiter limiter, RateLimitProperties properties, ProblemResponseWriter problems) {
        this.limiter = limiter;
        this.properties = properties;
        this.problems = problems;
    }

    /**
     * Health probes and metric scrapes on the management port are never limited (a refused probe would
     * restart the gateway); on the public port /actuator is answered 404 anyway.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (properties.enabled()) {
            RateLimiter.Decision decision = count(request);
            if (decision != null && !decision.allowed()) {
                long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                problems.write(
                        request,
                        response,
                        Problems.of(
                                HttpStatus.TOO_MANY_REQUESTS,
                                "Too many requests; retry in " + seconds + " seconds.",
                                request));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The decision for this request, or {@code null} when this filter does not count it. */
    abstract RateLimiter.Decision count(HttpServletRequest request);

    /**
     * Before the token is verified: a caller already authenticated from a token this gateway verified
     * before is counted by its subject; everyone else — no token, a bad one, a forged one, a new one — by
     * address.
     */
    public static final class ByAddress extends RateLimitFilter {
        private final ClientAddresses clients;

        public ByAddress(
                RateLimiter limiter,
                RateLimitProperties properties,
                ClientAddresses clients,
                ProblemResponseWriter problems) {
            super(limiter, properties, problems);
            this.clients = clients;
        }

        @Override
        RateLimiter.Decision count(HttpServletRequest request) {
            String subject = subject();
            if (subject != null) {
                request.setAttribute(COUNTED_BY_USER, Boolean.TRUE);
                return limiter.acquire("user:" + subject, properties.perUser(), properties.window());
            }
            return limiter.acquire("ip:" + clients.of(request), properties.perIp(), properties.window());
        }
    }

    /** After the token is verified: a caller whose token was verified just now, by its subject. */
    public static final class ByUser extends RateLimitFilter {

        public ByUser(RateLimiter limiter, RateLimitProperties properties, ProblemResponseWriter problems) {
            super(limiter, properties, problems);
        }

        @Override
        RateLimiter.Decision count(HttpServletRequest request) {
            if (request.getAttribute(COUNTED_BY_USER) != null) {
                return null;
            }
            String subject = subject();
            return subject == null
                    ? null
                    : limiter.acquire("user:" + subject, properties.perUser(), properties.window());
        }
    }

    private static final String COUNTED_BY_USER = RateLimitFilter.class.getName() + ".countedByUser";

    /** The subject of the caller's verified token, or {@code null} when it has none (yet). */
    static String subject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token
                ? token.getToken().getSubject()
                : null;
    }
}
