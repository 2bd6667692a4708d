package dev.ordo.gateway;

import dev.ordo.gateway.client.ClientAddresses;
import dev.ordo.gateway.cors.CorsFilters;
import dev.ordo.gateway.cors.CorsProperties;
import dev.ordo.gateway.ratelimit.RateLimitFilter;
import dev.ordo.gateway.ratelimit.RateLimitProperties;
import dev.ordo.gateway.ratelimit.RateLimiter;
import dev.ordo.gateway.tokens.KnownTokens;
import dev.ordo.platform.security.OrdoSecurityAutoConfiguration;
import dev.ordo.platform.security.OrdoSecurityProperties;
import dev.ordo.platform.web.ProblemResponseWriter;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's token check, plus what only the edge does: CORS first (so a preflight needs no token),
 * then a token this gateway verified before (authenticated from memory, {@link KnownTokens}), then the
 * rate limit — by subject for such a caller, by address for everyone else (before any signature is
 * checked, so bad tokens are cheap to refuse) — then a token refused before (401 without a look), the
 * token check of a new token, the rate limit per user for it, and only then the decision whether the
 * path needs a token.
 *
 * <p>The CORS, token and rate-limit filters are made here rather than as beans: a Filter bean would also
 * be registered with the servlet container and run a second time outside the security chain.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    /** Tokens verified before that one gateway keeps (about 2 KB each). */
    private static final long MAXIMUM_VERIFIED_TOKENS = 50_000;

    /** Tokens refused before that one gateway keeps, each for {@link KnownTokens#REFUSED_FOR}. */
    private static final long MAXIMUM_REFUSED_TOKENS = 10_000;

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
            ProblemResponseWriter problems)
            throws Exception {
        KnownTokens tokens = new KnownTokens(
                OrdoSecurityAutoConfiguration.ignoringTokensOn(security.publicPaths()),
                Clock.systemUTC(),
                MAXIMUM_VERIFIED_TOKENS,
                MAXIMUM_REFUSED_TOKENS);
        AuthenticationEntryPoint remembering = tokens.remembering(entryPoint);
        return OrdoSecurityAutoConfiguration.configure(http, security, converter, remembering, accessDenied)
                // the same resource server, told what this gateway knows: a token verified before is not
                // resolved again, a verified one is remembered
                .oauth2ResourceServer(rs -> rs.bearerTokenResolver(tokens.resolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens.remembering(converter))))
                .addFilterBefore(CorsFilters.of(cors, jsonMapper), CsrfFilter.class)
                .addFilterBefore(tokens.knownFilter(), BearerTokenAuthenticationFilter.class)
                .addFilterBefore(
                        new RateLimitFilter.ByAddress(rateLimiter, rateLimits, clients, problems),
                        BearerTokenAuthenticationFilter.class)
                .addFilterBefore(tokens.refusedFilter(entryPoint), BearerTokenAuthenticationFilter.class)
                .addFilterBefore(
                        new RateLimitFilter.ByUser(rateLimiter, rateLimits, problems), AuthorizationFilter.class)
                .build();
    }
}
