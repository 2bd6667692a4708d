package dev.ordo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.ServletRequestPathUtils;

/** The precompiled path list answers what one {@code PathPatternRequestMatcher} per pattern answered. */
class PathSetTest {

    /** The gateway's public paths, the platform's open paths, and patterns that are neither exact nor a prefix. */
    private static final List<String> PATTERNS = List.of(
            "/api/v1/auth/register",
            "/api/v1/auth/login",
            "/api/v1/auth/password-reset",
            "/api/v1/auth/password-reset/confirm",
            "/.well-known/jwks.json",
            "/api/docs/**",
            "/api/swagger-ui/**",
            "/v3/api-docs/**",
            "/",
            "/index.html",
            "/sign-in",
            "/projects/**",
            "/invitations",
            "/invitations/**",
            "/assets/**",
            "/favicon.ico",
            "/actuator/**",
            "/error",
            "/public/**");

    private static final List<String> PATTERNS_WITH_VARIABLES =
            List.of("/api/v1/tasks/{id}/public", "/files/*.js", "/shared/{*rest}", "/exact", "/under/**");

    private static final List<String> PATHS = List.of(
            "/",
            "//",
            "/index.html",
            "/index.htm",
            "/api/v1/auth/login",
            "/api/v1/auth/login/",
            "/api/v1/auth/Login",
            "/API/v1/auth/login",
            "/api/v1/auth/%6Cogin",
            "/api/v1/auth/login;jsessionid=1",
            "/api/v1/auth/login%3Bx",
            "/api/v1/auth/password-reset/confirm",
            "/api/v1/auth/password-reset/confirm/x",
            "/api/v1/tasks",
            "/api/v1/tasks/",
            "/api/v1/tasks/7/public",
            "/api/v1/tasks/7/public/",
            "/api/docs",
            "/api/docs/",
            "/api/docs/tasks",
            "/api/docsx",
            "/api//docs/x",
            "/api/docs//x",
            "/projects",
            "/projects/",
            "/projects/a/b/c",
            "/projectsx",
            "/project",
            "/projects%2Fa",
            "/projects/%61",
            "/pro%6aects/a",
            "/invitations",
            "/invitations/abc",
            "/assets/app.js",
            "/assets",
            "/favicon.ico",
            "/favicon.ico/",
            "/.well-known/jwks.json",
            "/.well-known/jwks.json.bak",
            "/actuator",
            "/actuator/health",
            "/error",
            "/errors",
            "/public/ping",
            "/public",
            "/files/app.js",
            "/files/a/app.js",
            "/shared",
            "/shared/a/b",
            "/exact",
            "/exact/",
            "/under",
            "/under/a",
            "/underneath",
            "/sign-in",
            "/sign-in/x");

    @Test
    void answers_what_a_matcher_per_pattern_answered_for_every_path() {
        for (List<String> patterns : List.of(PATTERNS, PATTERNS_WITH_VARIABLES, List.of("/public/**"))) {
            assertSameAnswers(patterns, request -> {});
        }
    }

    @Test
    void answers_the_same_under_a_context_path() {
        for (List<String> patterns : List.of(PATTERNS, PATTERNS_WITH_VARIABLES)) {
            for (String path : PATHS) {
                MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ctx" + path);
                request.setContextPath("/ctx");
                assertThat(PathSet.of(patterns).matches(request))
                        .as("%s under /ctx with %s", path, patterns)
                        .isEqualTo(matchedBefore(patterns, request));
            }
        }
    }

    @Test
    void answers_the_same_for_a_path_parsed_before() {
        assertSameAnswers(PATTERNS, ServletRequestPathUtils::parseAndCache);
    }

    @Test
    void an_empty_list_matches_nothing() {
        PathSet none = PathSet.of(List.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.matches(new MockHttpServletRequest("GET", "/"))).isFalse();
    }

    @Test
    void a_pattern_without_a_leading_slash_is_refused_as_before() {
        assertThatThrownBy(() -> PathSet.of(List.of("public/**"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSameAnswers(List<String> patterns, Consumer<MockHttpServletRequest> prepare) {
        PathSet paths = PathSet.of(patterns);
        for (String path : PATHS) {
            MockHttpServletRequest before = new MockHttpServletRequest("GET", path);
            prepare.accept(before);
            boolean expected = matchedBefore(patterns, before);
            MockHttpServletRequest now = new MockHttpServletRequest("GET", path);
            prepare.accept(now);
            assertThat(paths.matches(now)).as("%s with %s", path, patterns).isEqualTo(expected);
            // and it leaves the request as the matchers did: a path parsed before stays, none is added
            assertThat(ServletRequestPathUtils.hasParsedRequestPath(now))
                    .isEqualTo(ServletRequestPathUtils.hasParsedRequestPath(before));
        }
    }

    private static boolean matchedBefore(List<String> patterns, MockHttpServletRequest request) {
        return patterns.stream()
                .<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher)
                .anyMatch(matcher -> matcher.matches(request));
    }
}
