package dev.ordo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.OpenApiDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IdentityIntegrationTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void the_openapi_document_describes_every_endpoint_with_a_summary() {
        Api.Response response = Api.fromOwnAddress(port).get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/auth/register",
                        "/api/v1/auth/login",
                        "/api/v1/auth/refresh",
                        "/api/v1/auth/logout",
                        "/api/v1/users/me",
                        "/api/v1/users/me/password",
                        "/.well-known/jwks.json");
        assertThat(OpenApiDocuments.operationsWithoutSummary(response.json())).isEmpty();
        assertThat(response.body()).doesNotContain("otherFields", "passwordHash");
    }
}
