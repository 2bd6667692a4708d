package dev.ordo.gateway.ratelimit;

import dev.ordo.gateway.client.ClientAddresses;
import dev.ordo.platform.web.ProblemResponseWriter;
import dev.ordo.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Runs in the security chain after the token is read and before anything is routed: a caller with a
 * valid token is counted by its subject, any other by its address. Over the limit the answer is a 429
 * problem with Retry-After, and the request goes nowhere.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final ClientAddresses clients;
    private final ProblemResponseWriter problems;

    public RateLimitFilter(RateLimiter limiter, RateLimitProperties properties, ClientAddresses clients,
            ProblemResponseWriter problems) {
        this.limiter = limiter;
        this.properties = properties;
        this.clients = clients;
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
            if (!decision.allowed()) {
                long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                        "Too many requests; retry in " + seconds + " seconds.", request));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private RateLimiter.Decision count(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && token.getToken().getSubject() != null) {
            return limiter.acquire("user:" + token.getToken().getSubject(), properties.perUser(), properties.window());
        }
        return limiter.acquire("ip:" + clients.of(request), properties.perIp(), properties.window());
    }
}
