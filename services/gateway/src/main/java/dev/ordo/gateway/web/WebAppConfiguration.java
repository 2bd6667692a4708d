package dev.ordo.gateway.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The built web app, served at the gateway's own origin so the browser needs no CORS:
 * <ul>
 *   <li>{@code /assets/**}: Vite's content-hashed files, cached for a year as immutable;</li>
 *   <li>other files at the root (favicon.svg, ...): cached for an hour;</li>
 *   <li>the app's client-side routes ({@code ordo.gateway.web.routes}): index.html, never cached without
 *       asking again, with the app's Content-Security-Policy. Only GET and HEAD, and only when the client
 *       accepts HTML; anything else falls through to the 404 problem every unknown path gets.</li>
 * </ul>
 * A file that does not exist is not matched (so a missing asset is a 404 problem, never index.html), and
 * without an index.html the pages answer a 404 problem saying the app is not built.
 *
 * <p>The routes to the services are router functions too; this one is ordered last, and none of its paths
 * can lie under /api or /.well-known ({@link WebAppProperties}), so it never shadows them.
 */
@Configuration(proxyBeanMethods = false)
class WebAppConfiguration {

    /** For Vite's React build: its scripts and styles are files (no inline script); React sets inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl SHORT = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final Logger log = LoggerFactory.getLogger(WebAppConfiguration.class);

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    RouterFunction<ServerResponse> webApp(WebAppProperties properties) {
        Resource root = location(properties.dir());
        Resource index = relative(root, "index.html");
        if (index.isReadable()) {
            log.info("Serving the web app from {}", root.getDescription());
        } else {
            log.warn(
                    "No index.html in {}: the web app's pages answer 404 until it is built "
                            + "(cd web && npm ci && npm run build) or ordo.gateway.web.dir points at a build",
                    root.getDescription());
        }

        RequestPredicate page = properties.routes().stream()
                .map(RequestPredicates::path)
                .reduce(RequestPredicate::or)
                .orElseThrow();
        RouterFunction<ServerResponse> pages = RouterFunctions.route(
                RequestPredicates.methods(HttpMethod.GET, HttpMethod.HEAD)
                        .and(RequestPredicates.accept(MediaType.TEXT_HTML))
                        .and(page),
                request -> index(index));

        RouterFunction<ServerResponse> assets = RouterFunctions.resources(
                readOnly(RouterFunctions.resourceLookupFunction("/assets/**", relative(root, "assets/"))),
                (resource, headers) -> fileHeaders(headers, IMMUTABLE));

        Function<ServerRequest, Optional<Resource>> rootFile = RouterFunctions.resourceLookupFunction("/*", root);
        RouterFunction<ServerResponse> rootFiles = RouterFunctions.resources(
                readOnly(request -> request.path().equals("/index.html") ? Optional.empty() : rootFile.apply(request)),
                (resource, headers) -> fileHeaders(headers, SHORT));

        return pages.and(assets).and(rootFiles);
    }

    private static ServerResponse index(Resource index) {
        if (!index.isReadable()) {
            throw new ErrorResponseException(
                    HttpStatus.NOT_FOUND,
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.NOT_FOUND,
                            "The web app is not built: run 'npm ci && npm run build' in web/, then reload."),
                    null);
        }
        return ServerResponse.ok()
                .contentType(HTML)
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .body(index);
    }

    private static void fileHeaders(HttpHeaders headers, CacheControl cacheControl) {
        headers.setCacheControl(cacheControl);
        headers.set("X-Content-Type-Options", "nosniff");
    }

    /** Files are only read: another method on a file's path is not matched (and ends as a 404 or 405 problem). */
    private static Function<ServerRequest, Optional<Resource>> readOnly(
            Function<ServerRequest, Optional<Resource>> lookup) {
        return request -> HttpMethod.GET.equals(request.method()) || HttpMethod.HEAD.equals(request.method())
                ? lookup.apply(request)
                : Optional.empty();
    }

    /** The build directory (it need not exist yet: the web app may be built after the gateway started). */
    static Resource location(String dir) {
        if (dir.isEmpty()) {
            return new ClassPathResource("static/");
        }
        String path = Path.of(dir).toAbsolutePath().normalize().toString();
        return new FileSystemResource(path.endsWith(File.separator) ? path : path + File.separator);
    }

    private static Resource relative(Resource root, String path) {
        try {
            return root.createRelative(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
