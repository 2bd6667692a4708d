package dev.ordo.gateway.ratelimit;

import dev.ordo.gateway.client.ClientAddresses;
import dev.ordo.platform.web.ProblemResponseWriter;
import dev.ordo.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rate limit, in two places of the security chain. {@link ByAddress} runs before the token is
 * verified and counts, by client address, every request that does not carry a token already known to be
 * valid — no token, a bad one, a forged one, a new one — so a flood of bad tokens is refused with a 429
 * before any signature is checked. {@link ByUser} runs once the token is verified and counts a caller
 * with a valid token by its subject. Over a limit the answer is a 429 problem with Retry-After, and the
 * request goes nowhere.
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

    /** Before the token is verified: everyone without a token already known to be valid, by address. */
    public static final class ByAddress extends RateLimitFilter {
        private final ClientAddresses clients;
        private final Predicate<HttpServletRequest> knownCaller;

        public ByAddress(
                RateLimiter limiter,
                RateLimitProperties properties,
                ClientAddresses clients,
                ProblemResponseWriter problems,
                Predicate<HttpServletRequest> knownCaller) {
            super(limiter, properties, problems);
            this.clients = clients;
            this.knownCaller = knownCaller;
        }

        @Override
        RateLimiter.Decision count(HttpServletRequest request) {
            if (knownCaller.test(request)) {
                return null;
            }
            return limiter.acquire("ip:" + clients.of(request), properties.perIp(), properties.window());
        }
    }

    /** After the token is verified: a caller with a valid token, by its subject. */
    public static final class ByUser extends RateLimitFilter {

        public ByUser(RateLimiter limiter, RateLimitProperties properties, ProblemResponseWriter problems) {
            super(limiter, properties, problems);
        }

        @Override
        RateLimiter.Decision count(HttpServletRequest request) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication instanceof JwtAuthenticationToken token
                    && token.getToken().getSubject() != null) {
                return limiter.acquire(
                        "user:" + token.getToken().getSubject(), properties.perUser(), properties.window());
            }
            return null;
        }
    }
}
