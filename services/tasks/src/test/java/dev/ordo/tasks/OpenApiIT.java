package dev.ordo.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.OpenApiDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiIT extends IntegrationTestBase {

    @Test
    void the_openapi_document_describes_every_endpoint_with_a_summary_and_nothing_internal() {
        Api.Response response = api.get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(paths.propertyNames())
                .containsExactlyInAnyOrder(
                        "/api/v1/tasks",
                        "/api/v1/tasks/{id}",
                        "/api/v1/tasks/{id}/move",
                        "/api/v1/tasks/{id}/close",
                        "/api/v1/tasks/{id}/reopen",
                        "/api/v1/tasks/completed",
                        "/api/v1/tasks/most-urgent",
                        "/api/v1/tasks/quick",
                        "/api/v1/tasks/quick/preview",
                        "/api/v1/sections",
                        "/api/v1/sections/{id}",
                        "/api/v1/labels",
                        "/api/v1/labels/{id}",
                        "/api/v1/filters",
                        "/api/v1/filters/{id}",
                        "/api/v1/projects/{projectId}/priority-rules",
                        "/api/v1/projects/{projectId}/priority-rules/{ruleId}");
        assertThat(OpenApiDocuments.operationsWithoutSummary(response.json())).isEmpty();
        assertThat(response.body()).doesNotContain("otherFields", "\"present\"");
        JsonNode patch = response.json().at("/components/schemas/UpdateTaskRequest");
        assertThat(patch.has("required")).as("a merge patch requires nothing").isFalse();
        assertThat(patch.at("/properties/title/type").asString())
                .as("title may change, not be cleared")
                .isEqualTo("string");
        assertThat(patch.at("/properties/description/type").toString()).isEqualTo("[\"string\",\"null\"]");
    }
}
