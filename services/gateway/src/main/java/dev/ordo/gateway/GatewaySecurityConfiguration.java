package dev.ordo.gateway;

import dev.ordo.gateway.client.ClientAddresses;
import dev.ordo.gateway.cors.CorsFilters;
import dev.ordo.gateway.cors.CorsProperties;
import dev.ordo.gateway.ratelimit.RateLimitFilter;
import dev.ordo.gateway.ratelimit.RateLimitProperties;
import dev.ordo.gateway.ratelimit.RateLimiter;
import dev.ordo.platform.security.CachingJwtDecoder;
import dev.ordo.platform.security.OrdoSecurityAutoConfiguration;
import dev.ordo.platform.security.OrdoSecurityProperties;
import dev.ordo.platform.web.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's token check, plus what only the edge does: CORS first (so a preflight needs no token),
 * then the rate limit by address for everyone without a token already known to be valid (before any
 * signature is checked, so bad tokens are cheap to refuse), then the token check, the rate limit per user,
 * and only then the decision whether the path needs a token.
 *
 * <p>The CORS and rate-limit filters are made here rather than as beans: a Filter bean would also be
 * registered with the servlet container and run a second time outside the security chain.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    @Bean
    SecurityFilterChain gatewaySecurityFilterChain(
            HttpSecurity http,
            OrdoSecurityProperties security,
            JwtAuthenticationConverter converter,
            AuthenticationEntryPoint entryPoint,
            AccessDeniedHandler accessDenied,
            CorsProperties cors,
            JsonMapper jsonMapper,
            RateLimiter rateLimiter,
            RateLimitProperties rateLimits,
            ClientAddresses clients,
            ProblemResponseWriter problems,
            JwtDecoder jwtDecoder)
            throws Exception {
        Predicate<HttpServletRequest> knownCaller =
                knownCaller(OrdoSecurityAutoConfiguration.ignoringTokensOn(security.publicPaths()), jwtDecoder);
        return OrdoSecurityAutoConfiguration.configure(http, security, converter, entryPoint, accessDenied)
                .addFilterBefore(CorsFilters.of(cors, jsonMapper), CsrfFilter.class)
                .addFilterBefore(
                        new RateLimitFilter.ByAddress(rateLimiter, rateLimits, clients, problems, knownCaller),
                        BearerTokenAuthenticationFilter.class)
                .addFilterBefore(
                        new RateLimitFilter.ByUser(rateLimiter, rateLimits, problems), AuthorizationFilter.class)
                .build();
    }

    /** A request whose bearer token this gateway has verified before and that has not expired since. */
    static Predicate<HttpServletRequest> knownCaller(BearerTokenResolver tokens, JwtDecoder decoder) {
        if (!(decoder instanceof CachingJwtDecoder cache)) {
            return request -> false;
        }
        return request -> {
            try {
                String token = tokens.resolve(request);
                return token != null && cache.isVerified(token);
            } catch (OAuth2AuthenticationException malformed) {
                return false;
            }
        };
    }
}
