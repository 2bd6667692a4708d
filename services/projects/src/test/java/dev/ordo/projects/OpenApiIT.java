package dev.ordo.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.projects.support.ProjectsIntegrationTest;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.OpenApiDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProjectsIntegrationTest
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void the_openapi_document_describes_every_endpoint_with_a_summary_and_nothing_internal() {
        Api.Response response = Api.on(port).get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(paths.propertyNames())
                .containsExactlyInAnyOrder(
                        "/api/v1/projects",
                        "/api/v1/projects/{id}",
                        "/api/v1/projects/{id}/archive",
                        "/api/v1/projects/{id}/unarchive",
                        "/api/v1/projects/{projectId}/members",
                        "/api/v1/projects/{projectId}/members/{userId}",
                        "/api/v1/projects/{projectId}/leave",
                        "/api/v1/projects/{projectId}/transfer",
                        "/api/v1/projects/{projectId}/invitations",
                        "/api/v1/projects/{projectId}/invitations/{invitationId}",
                        "/api/v1/invitations",
                        "/api/v1/invitations/{id}/accept",
                        "/api/v1/invitations/{id}/reject");
        assertThat(OpenApiDocuments.operationsWithoutSummary(response.json())).isEmpty();
        assertThat(response.body()).doesNotContain("otherFields", "present");
    }
}
