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
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
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

    /**
     * One observation per request (the HTTP server's) is enough: none for each filter of the chain, nor
     * for the authentication and authorization inside it.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's firewall, as strict as its default, but a header name or value or a parameter name
     * of printable ASCII (every header a client of Ordo sends, a 1 KB token included) is accepted without
     * its regular expression, which the default runs over every header value each time it is read.
     */
    @Bean
    StrictHttpFirewall httpFirewall() {
        Predicate<String> assignedAndNotControl = printableAsciiOr(ASSIGNED_AND_NOT_CONTROL);
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(assignedAndNotControl);
        firewall.setAllowedHeaderValues(assignedAndNotControl);
        firewall.setAllowedParameterNames(assignedAndNotControl);
        return firewall;
    }

    /** The default firewall's rule for header names and values and parameter names. */
    private static final Pattern ASSIGNED_AND_NOT_CONTROL = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    static Predicate<String> printableAsciiOr(Pattern pattern) {
        return value -> {
            for (int i = 0, n = value.length(); i < n; i++) {
                char c = value.charAt(i);
                if (c < 0x20 || c > 0x7e) {
                    return pattern.matcher(value).matches();
                }
            }
            return true;
        };
    }
}
