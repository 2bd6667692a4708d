package dev.ordo.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.testsupport.OrdoTestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        classes = OpenApiProbeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.application.name=probe",
            "ordo.openapi.description=Things and their places.",
            "ordo.security.public-paths=/api/public/**",
            "springdoc.paths-to-match=/api/**",
            "management.server.port=0"
        })
@ContextConfiguration(initializers = OrdoTestEnvironment.class)
class OrdoOpenApiTest {

    @Value("${local.server.port}")
    int port;

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        document = JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void the_document_names_the_service_from_its_properties() {
        assertThat(document.at("/info/title").asString()).isEqualTo("Ordo probe");
        assertThat(document.at("/info/description").asString()).isEqualTo("Things and their places.");
        assertThat(document.at("/info/version").asString()).isEqualTo("v1");
        assertThat(document.at("/externalDocs/url").asString())
                .as("the problem catalogue, linked from the document")
                .isEqualTo("https://ordo.dev/problems/");
    }

    @Test
    void every_component_of_an_answer_is_required_including_those_that_may_be_null() {
        assertThat(names(schema("Thing").get("required")))
                .containsExactlyInAnyOrder("id", "title", "description", "place", "labels", "count", "renamed");
        assertThat(names(schema("Things").get("required"))).containsExactlyInAnyOrder("items", "nextCursor");
        assertThat(names(schema("Place").get("required"))).containsExactlyInAnyOrder("name", "note");
    }

    @Test
    void only_nullable_components_allow_null() {
        JsonNode properties = schema("Thing").get("properties");
        assertThat(names(properties.at("/description/type"))).containsExactlyInAnyOrder("string", "null");
        assertThat(properties.at("/title/type").asString()).isEqualTo("string");
        assertThat(properties.at("/place/anyOf/0/$ref").asString()).isEqualTo("#/components/schemas/Place");
        assertThat(properties.at("/place/anyOf/1/type").asString()).isEqualTo("null");
    }

    @Test
    void a_request_keeps_its_optional_fields_optional() {
        assertThat(schema("CreateThing").has("required")).isFalse();
    }

    @Test
    void every_member_of_a_merge_patch_may_be_null_because_null_removes_the_value() {
        JsonNode properties = schema("ThingChanges").get("properties");
        assertThat(names(properties.at("/title/type"))).containsExactlyInAnyOrder("string", "null");
        assertThat(names(properties.at("/description/type"))).containsExactlyInAnyOrder("string", "null");
        assertThat(properties.at("/place/anyOf/1/type").asString()).isEqualTo("null");
        assertThat(schema("ThingChanges").has("required")).isFalse();
        assertThat(schema("CreateThing").at("/properties/title/type").asString())
                .isEqualTo("string");
    }

    @Test
    void the_note_the_converter_leaves_for_the_customizer_is_not_published() {
        assertThat(document.toString()).doesNotContain(RecordComponentsConverter.COMPONENTS);
    }

    @Test
    void operations_outside_the_public_paths_need_the_bearer_token() {
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.at("/paths/~1api~1things/get/security/0").has("bearer"))
                .isTrue();
        assertThat(document.at("/paths/~1api~1things/post/security/0").has("bearer"))
                .isTrue();
        assertThat(document.at("/paths/~1api~1public~1things~1{id}/get").has("security"))
                .isFalse();
    }

    private JsonNode schema(String name) {
        return document.at("/components/schemas/" + name);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.asString()));
        return names;
    }
}
