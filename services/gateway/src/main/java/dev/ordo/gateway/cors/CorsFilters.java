package dev.ordo.gateway.cors;

import java.util.List;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

/** Builds the gateway's CORS filter: one policy for every path, refusals answered as problem+json. */
public final class CorsFilters {

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private CorsFilters() {}

    public static CorsFilter of(CorsProperties properties, JsonMapper jsonMapper) {
        CorsConfiguration policy = new CorsConfiguration();
        policy.setAllowedOrigins(properties.allowedOrigins());
        policy.setAllowedMethods(METHODS);
        policy.setAllowedHeaders(properties.allowedHeaders());
        policy.setExposedHeaders(properties.exposedHeaders());
        policy.setAllowCredentials(properties.allowCredentials());
        policy.setMaxAge(properties.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", policy);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(jsonMapper));
        return filter;
    }
}
