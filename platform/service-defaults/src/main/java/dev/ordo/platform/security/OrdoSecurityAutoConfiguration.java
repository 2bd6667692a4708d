package dev.ordo.platform.security;

import dev.ordo.platform.web.ProblemResponseWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpFirewall;

/**
 * Zero trust: every service checks the access token itself. Anything not listed in
 * {@code ordo.security.public-paths} (plus actuator, API docs and the error page) needs a valid token;
 * a missing or bad token is a 401 problem, a missing right a 403 problem.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(OrdoSecurityProperties.class)
public class OrdoSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(OrdoSecurityProperties properties) {
        return new CachingJwtDecoder(
                OrdoJwtDecoders.fromJwksUri(properties),
                java.time.Clock.systemUTC(),
                50_000,
                java.time.Duration.ofMinutes(15));
    }

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Caller.ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean
    AuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponseWriter problems) {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "A valid access token is required.");
        };
    }

    @Bean
    @ConditionalOnMissingBean
    AccessDeniedHandler problemAccessDeniedHandler(ProblemResponseWriter problems) {
        return (request, response, ex) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "You are not allowed to do this.");
    }

    /**
     * One observation per request (Spring MVC's) is enough: none for each filter of the chain, nor for the
     * authentication and authorization inside it ({@code management.observations.enable.spring.security=false}
     * only stops them being recorded; they would still be made).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The default firewall's rules, checked without a regular expression for printable ASCII headers. */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    HttpFirewall httpFirewall() {
        return OrdoHttpFirewall.create();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain ordoSecurityFilterChain(
            HttpSecurity http,
            OrdoSecurityProperties properties,
            JwtAuthenticationConverter converter,
            AuthenticationEntryPoint entryPoint,
            AccessDeniedHandler accessDenied)
            throws Exception {
        return configure(http, properties, converter, entryPoint, accessDenied).build();
    }

    /**
     * A stale access token sent to a public path (a client refreshing after its token expired) is
     * ignored rather than refused: public paths do not look at tokens at all.
     */
    public static BearerTokenResolver ignoringTokensOn(List<String> publicPaths) {
        return new BearerTokens(PathSet.of(publicPaths));
    }

    /** Paths anyone may call besides the public paths: the probes and metrics, the API docs, the error page. */
    private static final List<String> OPEN_PATHS = List.of("/actuator/**", "/v3/api-docs/**", "/error");

    /** The standard chain, for a service that needs to add to it before building its own. */
    public static HttpSecurity configure(
            HttpSecurity http,
            OrdoSecurityProperties properties,
            JwtAuthenticationConverter converter,
            AuthenticationEntryPoint entryPoint,
            AccessDeniedHandler accessDenied)
            throws Exception {
        // one matcher (the path read once) for every path that is open to anyone
        List<String> open = new ArrayList<>(OPEN_PATHS);
        open.addAll(properties.publicPaths());
        PathSet openPaths = PathSet.of(open);
        PathSet adminPaths = PathSet.of(List.of("/actuator/deadletters/**"));
        return http.csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        // inspecting and replaying dead letters is for admins; the probes and metrics are open
                        .requestMatchers(adminPaths)
                        .hasRole(Caller.ADMIN)
                        .requestMatchers(openPaths)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.bearerTokenResolver(ignoringTokensOn(properties.publicPaths()))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
    }
}
