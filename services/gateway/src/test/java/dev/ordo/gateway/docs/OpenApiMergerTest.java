package dev.ordo.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.gateway.support.FakeApiDocs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class OpenApiMergerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OpenApiMerger merger = new OpenApiMerger();

    @Test
    void schemasDefinedAlikeAreKeptOnceAndClashingOnesArePrefixedWithTheirReferencesFollowing() {
        ObjectNode merged = merger.merge(documents(), List.of(), "Ordo API", "v1");

        JsonNode schemas = merged.path("components").path("schemas");
        assertThat(schemas.propertyNames()).containsExactlyInAnyOrder("AuditUser", "IdentityUser", "ProblemDetail");
        assertThat(schemas.path("IdentityUser").path("properties").has("email")).isTrue();
        assertThat(merged.at("/paths/~1api~1v1~1users~1me/get/responses/200/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/IdentityUser");
    }

    @Test
    void aSchemaThatDiffersOnlyThroughARenamedReferenceIsPrefixedToo() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("a", JSON.readTree("""
                {"openapi":"3.1.0","components":{"schemas":{
                  "Page":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/Item"}}}},
                  "Item":{"type":"string"}}}}
                """));
        documents.put("b", JSON.readTree("""
                {"openapi":"3.1.0","components":{"schemas":{
                  "Page":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/Item"}}}},
                  "Item":{"type":"integer"}}}}
                """));

        JsonNode schemas =
                merger.merge(documents, List.of(), "t", "v").path("components").path("schemas");

        assertThat(schemas.propertyNames()).containsExactlyInAnyOrder("AItem", "BItem", "APage", "BPage");
        assertThat(schemas.at("/BPage/properties/items/items/$ref").asString()).isEqualTo("#/components/schemas/BItem");
    }

    @Test
    void aServicesDocumentWideSecurityMovesOntoItsOwnOperations() {
        ObjectNode merged = merger.merge(documents(), List.of(), "Ordo API", "v1");

        assertThat(merged.has("security")).isFalse();
        assertThat(merged.at("/paths/~1api~1v1~1users~1me/get/security/0").has("bearerAuth"))
                .isTrue();
        assertThat(merged.at("/paths/~1api~1v1~1audit~1events/get").has("security"))
                .isFalse();
        assertThat(merged.at("/components/securitySchemes/bearerAuth/scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void theDescriptionNamesTheServicesLeftOut() {
        ObjectNode merged = merger.merge(documents(), List.of("projects"), "Ordo API", "v1");

        assertThat(merged.path("info").path("description").asString())
                .contains("audit, identity")
                .contains("did not answer just now: projects");
        assertThat(merged.path("openapi").asString()).isEqualTo("3.1.0");
    }

    @Test
    void theLinkToTheProblemCatalogueIsKeptOnce() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("projects", JSON.readTree("""
                {"openapi":"3.1.0","externalDocs":{"url":"https://ordo.dev/problems/"},"paths":{}}
                """));
        documents.put("tasks", JSON.readTree("""
                {"openapi":"3.1.0","externalDocs":{"url":"https://ordo.dev/problems/"},"paths":{}}
                """));

        ObjectNode merged = merger.merge(documents, List.of(), "Ordo API", "v1");

        assertThat(merged.at("/externalDocs/url").asString()).isEqualTo("https://ordo.dev/problems/");
    }

    @Test
    void anOperationIdTwoServicesUseIsPrefixedWithEachServiceAndAUniqueOneIsKept() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("projects", JSON.readTree("""
                {"openapi":"3.1.0","paths":{"/api/v1/projects":{"post":{"operationId":"create"},"get":{"operationId":"listProjects"}}}}
                """));
        documents.put("tasks", JSON.readTree("""
                {"openapi":"3.1.0","paths":{"/api/v1/tasks":{"post":{"operationId":"create"}}}}
                """));

        JsonNode paths = merger.merge(documents, List.of(), "t", "v").path("paths");

        assertThat(paths.at("/~1api~1v1~1projects/post/operationId").asString()).isEqualTo("projects_create");
        assertThat(paths.at("/~1api~1v1~1tasks/post/operationId").asString()).isEqualTo("tasks_create");
        assertThat(paths.at("/~1api~1v1~1projects/get/operationId").asString()).isEqualTo("listProjects");
    }

    @Test
    void servicePrefixesArePascalCase() {
        assertThat(OpenApiMerger.prefix("identity")).isEqualTo("Identity");
        assertThat(OpenApiMerger.prefix("task-lists")).isEqualTo("TaskLists");
    }

    private static Map<String, JsonNode> documents() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("identity", JSON.readTree(FakeApiDocs.IDENTITY));
        documents.put("audit", JSON.readTree(FakeApiDocs.AUDIT));
        return documents;
    }
}
