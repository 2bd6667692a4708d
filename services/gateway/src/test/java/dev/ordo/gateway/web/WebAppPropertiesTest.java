package dev.ordo.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebAppPropertiesTest {

    @Test
    void withoutSettingsTheAppsRoutesAndTheClasspath() {
        WebAppProperties properties = new WebAppProperties(null, null);

        assertThat(properties.dir()).isEmpty();
        assertThat(properties.routes()).contains("/", "/today", "/projects/**", "/sign-in");
    }

    @Test
    void aRouteThatWouldShadowTheApiOrTheGatewaysOwnPathsIsRefused() {
        for (String route : List.of(
                "/api/v1/**",
                "/api",
                "/.well-known/jwks.json",
                "/**",
                "/*",
                "/{page}",
                "/actuator/health",
                "/error",
                "/assets/**",
                "/v3/api-docs",
                "/swagger-ui/**",
                "today")) {
            assertThatIllegalArgumentException().as(route).isThrownBy(() -> new WebAppProperties("", List.of(route)));
        }
    }

    @Test
    void theBuildDirectoryNeedNotExistYet() {
        assertThat(WebAppConfiguration.location("/nonexistent/web/dist").getDescription())
                .contains("/nonexistent/web/dist");
        assertThat(WebAppConfiguration.location("").getDescription()).contains("static");
    }
}
