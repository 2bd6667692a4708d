package dev.ordo.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.gateway.support.GatewayTestSupport;
import dev.ordo.platform.security.OrdoSecurityProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway serving a built web app from a directory (as ./ordo up does with web/dist), with the
 * routes to the services exactly as before.
 */
class WebAppIT extends GatewayTestSupport {

    /** What a browser sends when it navigates to a page. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final String INDEX = "<!doctype html><html><head><title>Ordo</title>"
            + "<script type=\"module\" crossorigin src=\"/assets/app-abc.js\"></script></head>"
            + "<body><div id=\"root\"></div></body></html>";
    private static final String APP_JS = "console.log('ordo');";
    private static final String FAVICON = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
    private static final String SERVICE_WORKER = "self.addEventListener('push', () => {});";
    private static final String SECRET = "not-for-the-web";
    private static final Path DIST = build();

    @Autowired
    WebAppProperties web;

    @Autowired
    OrdoSecurityProperties security;

    @DynamicPropertySource
    static void webApp(DynamicPropertyRegistry registry) {
        registry.add("ordo.gateway.web.dir", DIST::toString);
    }

    /** A build as Vite leaves it, next to a file that must never be served. */
    private static Path build() {
        try {
            Path parent = Files.createTempDirectory("ordo-web");
            parent.toFile().deleteOnExit();
            Files.writeString(parent.resolve("secret.txt"), SECRET);
            Path dist = Files.createDirectories(parent.resolve("dist"));
            Files.writeString(dist.resolve("index.html"), INDEX);
            Files.writeString(dist.resolve("favicon.svg"), FAVICON);
            Files.writeString(dist.resolve("sw.js"), SERVICE_WORKER);
            Files.writeString(Files.createDirectories(dist.resolve("assets")).resolve("app-abc.js"), APP_JS);
            for (Path file : List.of(
                    parent.resolve("secret.txt"),
                    dist.resolve("index.html"),
                    dist.resolve("favicon.svg"),
                    dist.resolve("sw.js"),
                    dist.resolve("assets/app-abc.js"),
                    dist.resolve("assets"),
                    dist)) {
                file.toFile().deleteOnExit();
            }
            return dist;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theAppsPagesAreIndexHtmlNeverCachedWithoutAskingAndWithTheCsp() {
        for (String path : List.of("/", "/today", "/projects/123", "/projects/123/board", "/index.html")) {
            HttpResponse<String> response = navigate(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isEqualTo(INDEX);
            assertThat(header(response, "Content-Type")).as(path).startsWith("text/html");
            assertThat(header(response, "Cache-Control")).as(path).isEqualTo("no-cache");
            assertThat(header(response, "Content-Security-Policy"))
                    .as(path)
                    .isEqualTo(
                            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                    + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
            assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
    }

    @Test
    void everyClientRouteIsAPublicPathAndAnsweredWithoutAToken() {
        assertThat(security.publicPaths()).containsAll(web.routes());
        for (String route : web.routes()) {
            String path = route.replace("/**", "/some-id");

            HttpResponse<String> response = navigate(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isEqualTo(INDEX);
        }
    }

    @Test
    void aHeadOfAPageIsHtmlWithoutABody() {
        HttpResponse<String> response = send(request("/inbox").method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("text/html");
        assertThat(header(response, "Cache-Control")).isEqualTo("no-cache");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aHashedAssetIsCachedForAYearAsImmutable() {
        HttpResponse<String> response = get("/assets/app-abc.js", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(APP_JS);
        assertThat(header(response, "Content-Type")).contains("javascript");
        assertThat(header(response, "Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    @Test
    void aMissingAssetIsA404ProblemNeverIndexHtml() {
        for (String accept : List.of(BROWSER_ACCEPT, "*/*")) {
            HttpResponse<String> response =
                    send(request("/assets/missing.js").header("Accept", accept).GET());

            assertThat(response.statusCode()).as(accept).isEqualTo(404);
            assertThat(header(response, "Content-Type")).as(accept).startsWith("application/problem+json");
            assertThat(response.body()).as(accept).doesNotContain("<html");
        }
    }

    @Test
    void aFileAtTheRootIsCachedBriefly() {
        HttpResponse<String> response = get("/favicon.svg", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(FAVICON);
        assertThat(header(response, "Content-Type")).startsWith("image/svg+xml");
        assertThat(header(response, "Cache-Control")).isEqualTo("max-age=3600, public");
    }

    @Test
    void theServiceWorkerIsServedAsJavaScriptWithoutAToken() {
        // a browser registers /sw.js (web push) and checks it for updates with no Authorization header
        for (String accept : List.of("*/*", BROWSER_ACCEPT)) {
            HttpResponse<String> response =
                    send(request("/sw.js").header("Accept", accept).GET());

            assertThat(response.statusCode()).as(accept).isEqualTo(200);
            assertThat(response.body()).as(accept).isEqualTo(SERVICE_WORKER);
            assertThat(header(response, "Content-Type")).as(accept).contains("javascript");
            assertThat(header(response, "X-Content-Type-Options")).as(accept).isEqualTo("nosniff");
        }
    }

    @Test
    void nothingOutsideTheBuildDirectoryIsServed() {
        for (String path : List.of(
                "/assets/..%2F..%2Fsecret.txt",
                "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2Fsecret.txt", "/secret.txt")) {
            HttpResponse<String> response = get(path, null);

            assertThat(response.statusCode()).as(path).isIn(400, 401, 404);
            assertThat(response.body()).as(path).doesNotContain(SECRET);
        }
    }

    @Test
    void aPostToAPageIsNotAnsweredWithIndexHtml() {
        HttpResponse<String> response = send(request("/today")
                .header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=x")));

        assertThat(response.statusCode()).isIn(404, 405);
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void aClientThatDoesNotAcceptHtmlGetsNoPage() {
        HttpResponse<String> response =
                send(request("/today").header("Accept", "application/json").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theApiIsRoutedAsBeforeEvenWhenABrowserAsksForHtml() {
        String token = tokenForSomeone();

        HttpResponse<String> audit = send(request("/api/v1/audit/events")
                .header("Accept", BROWSER_ACCEPT)
                .header("Authorization", "Bearer " + token)
                .GET());
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(json(audit).path("service").asString()).isEqualTo("audit");
        assertThat(AUDIT.received("/api/v1/audit/events")).isNotEmpty();
        assertThat(audit.headers().firstValue("Content-Security-Policy")).isEmpty();

        String userPath = uniqueUserPath();
        assertThat(get(userPath, token).statusCode()).isEqualTo(200);
        assertThat(IDENTITY.received(userPath)).hasSize(1);
        assertThat(json(get("/.well-known/jwks.json", null)).path("service").asString())
                .isEqualTo("identity");
    }

    @Test
    void theApisErrorsAreProblemsAsBefore() {
        HttpResponse<String> noToken =
                send(request(uniqueUserPath()).header("Accept", BROWSER_ACCEPT).GET());
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(header(noToken, "Content-Type")).startsWith("application/problem+json");

        HttpResponse<String> noRoute = send(request("/api/v1/nothing-here")
                .header("Accept", BROWSER_ACCEPT)
                .header("Authorization", "Bearer " + tokenForSomeone())
                .GET());
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(header(noRoute, "Content-Type")).startsWith("application/problem+json");

        // /projects/** is a page, /api/v1/projects/** is still the projects service (down here: 502)
        HttpResponse<String> projects = send(request("/api/v1/projects/123")
                .header("Accept", BROWSER_ACCEPT)
                .header("Authorization", "Bearer " + tokenForSomeone())
                .GET());
        assertThat(projects.statusCode()).isEqualTo(502);
        assertThat(header(projects, "Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theAppCallsTheApiFromItsOwnOriginWithoutCors() {
        HttpResponse<String> response = send(request("/api/v1/auth/login")
                .header("Origin", "http://127.0.0.1:" + port)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"ada@example.com\",\"password\":\"x\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("service").asString()).isEqualTo("identity");
    }

    @Test
    void swaggerUiGetsNoCspOfTheApp() {
        HttpResponse<String> redirect = get("/api/docs", null);
        assertThat(redirect.statusCode()).isEqualTo(302);

        HttpResponse<String> ui = get(redirect.headers().firstValue("Location").orElseThrow(), null);

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).doesNotContain("app-abc.js");
        assertThat(ui.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    private HttpResponse<String> navigate(String path) {
        return send(request(path).header("Accept", BROWSER_ACCEPT).GET());
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
