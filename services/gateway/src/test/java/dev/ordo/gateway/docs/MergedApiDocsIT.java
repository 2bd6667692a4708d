package dev.ordo.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.gateway.support.GatewayTestSupport;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MergedApiDocsIT extends GatewayTestSupport {

    @Test
    void theMergedDocumentHasThePathsOfEveryServiceThatAnswered() {
        HttpResponse<String> response = get("/api/docs/openapi.json", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.path("paths").propertyNames()).contains("/api/v1/users/me", "/api/v1/audit/events");
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(document.path("tags").findValuesAsString("name")).contains("users", "audit");
    }

    @Test
    void clashingSchemaNamesArePrefixedWithTheirService() {
        JsonNode document = json(get("/api/docs/openapi.json", null));

        assertThat(document.path("components").path("schemas").propertyNames())
                .contains("IdentityUser", "AuditUser", "ProblemDetail")
                .doesNotContain("User");
        assertThat(document.at(
                                "/paths/~1api~1v1~1audit~1events/get/responses/200/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/AuditUser");
    }

    @Test
    void aServiceThatIsDownIsLeftOutAndNamed() {
        JsonNode document = json(get("/api/docs/openapi.json", null));

        assertThat(document.path("info").path("description").asString())
                .contains("identity", "audit")
                .contains("Left out because they did not answer just now: projects");
    }

    @Test
    void swaggerUiAtApiDocsShowsTheMergedDocument() {
        HttpResponse<String> redirect = get("/api/docs", null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String ui = redirect.headers().firstValue("Location").orElseThrow();

        assertThat(get(ui, null).statusCode()).isEqualTo(200);
        assertThat(json(get("/v3/api-docs/swagger-config", null)).path("url").asString())
                .isEqualTo("/api/docs/openapi.json");
    }
}
