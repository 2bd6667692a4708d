package dev.ordo.gateway.web;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the built web app lies and which paths are its pages ({@code ordo.gateway.web.*}).
 *
 * @param dir    a directory holding the build output ({@code index.html}, {@code assets/}), e.g. web/dist;
 *               empty: {@code classpath:/static/}
 * @param routes path patterns of the app's client-side routes, answered with index.html; each must also be
 *               one of {@code ordo.security.public-paths}. None may lie under a path the gateway routes or
 *               answers itself (/api, /.well-known, /actuator, /error, /v3, /swagger-ui, /assets).
 */
@ConfigurationProperties("ordo.gateway.web")
public record WebAppProperties(String dir, List<String> routes) {

    /** The web app's client-side routes (web/src), plus / and /index.html. */
    public static final List<String> CLIENT_ROUTES = List.of(
            "/",
            "/index.html",
            "/sign-in",
            "/sign-up",
            "/inbox",
            "/today",
            "/upcoming",
            "/calendar",
            "/completed",
            "/projects/**",
            "/labels/**",
            "/filters/**",
            "/search",
            "/settings",
            "/activity",
            "/invitations",
            "/invitations/**",
            "/forgot-password",
            "/verify-email",
            "/reset-password",
            "/confirm-email");

    private static final Set<String> RESERVED =
            Set.of("api", ".well-known", "actuator", "error", "v3", "swagger-ui", "assets");

    public WebAppProperties {
        dir = dir == null ? "" : dir.strip();
        routes = routes == null || routes.isEmpty() ? CLIENT_ROUTES : List.copyOf(routes);
        routes.forEach(WebAppProperties::requireOwnPath);
    }

    /** A route may never shadow the API: its first segment is a literal that nothing else answers. */
    private static void requireOwnPath(String route) {
        if (!route.startsWith("/")) {
            throw new IllegalArgumentException("ordo.gateway.web.routes: '" + route + "' must start with /");
        }
        String first = route.substring(1).split("/", 2)[0];
        if (first.contains("*") || first.contains("{") || first.contains("?") || RESERVED.contains(first)) {
            throw new IllegalArgumentException("ordo.gateway.web.routes: '" + route
                    + "' would shadow a path the gateway routes or answers itself");
        }
    }
}
