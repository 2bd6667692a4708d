package dev.ordo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The platform's token resolver answers what Spring Security's default answered, once per request. */
class BearerTokensTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl-_" + "a".repeat(900);

    @Test
    void reads_the_authorization_header_as_the_default_resolver_does() {
        List<String> headers = new ArrayList<>(Arrays.asList(
                null,
                "",
                "Bearer " + JWT,
                "bearer " + JWT,
                "BEARER abc",
                "BeArEr abc",
                "Bearer abc=",
                "Bearer abc==",
                "Bearer abc=x",
                "Bearer abc==x=",
                "Bearer =",
                "Bearer a.b-c_d~e+f/g",
                "Bearer ",
                "Bearer",
                "Bearerabc",
                "Bearer  abc",
                "Bearer abc ",
                "Bearer\tabc",
                "Bearer a b",
                "Bearer abc\n",
                "Bearer ab\u00e9",
                "Bearer ab\u212a",
                "Be\u0430rer abc",
                "Basic dXNlcjpwYXNz",
                "Token abc"));
        BearerTokenResolver before = new DefaultBearerTokenResolver();
        BearerTokenResolver now = OrdoSecurityAutoConfiguration.ignoringTokensOn(List.of("/public/**"));
        for (String header : headers) {
            assertThat(answer(now, request("/api/v1/tasks", header)))
                    .as("Authorization: %s", header)
                    .isEqualTo(answer(before, request("/api/v1/tasks", header)));
        }
    }

    @Test
    void a_public_path_has_no_token_whatever_the_header() {
        BearerTokenResolver tokens = OrdoSecurityAutoConfiguration.ignoringTokensOn(List.of("/public/**"));
        assertThat(tokens.resolve(request("/public/ping", "Bearer abc"))).isNull();
        assertThat(tokens.resolve(request("/public/ping", "Bearer malformed!"))).isNull();
        assertThat(tokens.resolve(request("/api/v1/tasks", "Bearer abc"))).isEqualTo("abc");
    }

    @Test
    void the_token_is_resolved_once_per_request_and_path() {
        BearerTokenResolver tokens = OrdoSecurityAutoConfiguration.ignoringTokensOn(List.of("/public/**"));
        MockHttpServletRequest request = request("/api/v1/tasks", "Bearer first");
        assertThat(tokens.resolve(request)).isEqualTo("first");
        request.removeHeader("Authorization");
        request.addHeader("Authorization", "Bearer second");
        assertThat(tokens.resolve(request))
                .as("the answer kept for this request")
                .isEqualTo("first");
        // an error dispatch of the same request has another path: resolved again
        request.setRequestURI("/error");
        assertThat(tokens.resolve(request)).isEqualTo("second");
        request.setRequestURI("/public/ping");
        assertThat(tokens.resolve(request)).isNull();
        // another resolver (another chain) does not take this one's answer
        BearerTokenResolver other = OrdoSecurityAutoConfiguration.ignoringTokensOn(List.of());
        assertThat(other.resolve(request)).isEqualTo("second");
    }

    private static MockHttpServletRequest request(String path, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    /** The token, or the error it was refused with. */
    private static String answer(BearerTokenResolver resolver, MockHttpServletRequest request) {
        try {
            return "token " + resolver.resolve(request);
        } catch (OAuth2AuthenticationException e) {
            return "error " + e.getError().getErrorCode() + " " + e.getError().getDescription() + " "
                    + e.getError().getUri() + " " + e.getMessage();
        }
    }
}
