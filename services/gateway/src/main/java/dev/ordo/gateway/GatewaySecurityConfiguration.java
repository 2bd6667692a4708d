package dev.ordo.gateway;

import dev.ordo.gateway.client.ClientAddresses;
import dev.ordo.gateway.cors.CorsFilters;
import dev.ordo.gateway.cors.CorsProperties;
import dev.ordo.gateway.ratelimit.RateLimitFilter;
import dev.ordo.gateway.ratelimit.RateLimitProperties;
import dev.ordo.gateway.ratelimit.RateLimiter;
import dev.ordo.platform.security.OrdoSecurityAutoConfiguration;
import dev.ordo.platform.security.OrdoSecurityProperties;
import dev.ordo.platform.web.ProblemResponseWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's token check, plus what only the edge does: CORS first (so a preflight needs no token),
 * then, once the token is read, the rate limit (per user with a token, per address without), and only
 * then the decision whether the path needs a token.
 *
 * <p>The CORS and rate-limit filters are made here rather than as beans: a Filter bean would also be
 * registered with the servlet container and run a second time outside the security chain.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    @Bean
    SecurityFilterChain gatewaySecurityFilterChain(HttpSecurity http, OrdoSecurityProperties security,
            JwtAuthenticationConverter converter, AuthenticationEntryPoint entryPoint,
            AccessDeniedHandler accessDenied, CorsProperties cors, JsonMapper jsonMapper,
            RateLimiter rateLimiter, RateLimitProperties rateLimits, ClientAddresses clients,
            ProblemResponseWriter problems) throws Exception {
        return OrdoSecurityAutoConfiguration.configure(http, security, converter, entryPoint, accessDenied)
                .addFilterBefore(CorsFilters.of(cors, jsonMapper), CsrfFilter.class)
                .addFilterBefore(new RateLimitFilter(rateLimiter, rateLimits, clients, problems),
                        AuthorizationFilter.class)
                .build();
    }
}
