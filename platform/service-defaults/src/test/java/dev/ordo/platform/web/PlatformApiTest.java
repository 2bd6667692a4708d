package dev.ordo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.OrdoTestEnvironment;
import dev.ordo.testsupport.TestJwks;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/** The problem catalogue at the edge, JSON Merge Patch bodies and ETags, through real HTTP. */
@SpringBootTest(
        classes = ProbeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=probe", "springdoc.paths-to-match=/probe/**"})
@ContextConfiguration(initializers = OrdoTestEnvironment.class)
class PlatformApiTest {

    private final String token = TestJwks.get().tokenFor(UUID.randomUUID());

    @Value("${local.server.port}")
    int port;

    Api api() {
        return Api.on(port);
    }

    @Test
    void every_kind_of_domain_problem_answers_its_status_and_a_catalogue_type() {
        Map<String, Integer> statuses = Map.of(
                "invalid", 400,
                "unauthenticated", 401,
                "forbidden", 403,
                "not-found", 404,
                "conflict", 409,
                "stale", 412,
                "unprocessable", 422,
                "limited", 429);
        Map<String, String> names = Map.of(
                "invalid", "invalid-input",
                "unauthenticated", "unauthenticated",
                "forbidden", "email-not-verified",
                "not-found", "not-found",
                "conflict", "conflict",
                "stale", "version-mismatch",
                "unprocessable", "unprocessable",
                "limited", "rate-limited");
        statuses.forEach((kind, status) -> {
            Api.Response response = api().get("/probe/problems/" + kind, token);
            assertThat(response.status()).as(kind).isEqualTo(status);
            assertThat(response.isProblem()).as(kind).isTrue();
            assertThat(response.field("type")).isEqualTo("https://ordo.dev/problems/" + names.get(kind));
            assertThat(response.field("requestId")).isNotBlank();
        });
        Api.Response forbidden = api().get("/probe/problems/forbidden", token);
        assertThat(forbidden.field("title")).isEqualTo("Email not verified");
        assertThat(forbidden.field("detail")).isEqualTo("Verify your email address first.");
        assertThat(api().get("/probe/problems/invalid", token)
                        .json()
                        .get("position")
                        .asInt())
                .isEqualTo(7);
        assertThat(api().get("/probe/problems/limited", token).header("Retry-After"))
                .contains("42");
    }

    @Test
    void framework_errors_carry_catalogue_types_too() {
        Api.Response invalid = api().postJson("/probe/signup", token, "{\"email\":\"x\",\"name\":\"\",\"age\":1}");
        assertThat(invalid.problem()).isEqualTo("invalid-input");
        assertThat(api().postJson("/probe/signup", token, "{\"email\": ").problem())
                .isEqualTo("malformed-request");
        assertThat(api().get("/probe/signup", token).problem()).isEqualTo("method-not-allowed");
        assertThat(api().get("/probe/things/x", null).problem()).isEqualTo("unauthenticated");
        assertThat(api().get("/probe/boom", token).problem()).isEqualTo("internal-error");
    }

    @Test
    void a_post_to_a_path_no_handler_takes_is_a_plain_404_problem() {
        Api.Response response = api().post("/probe/things/" + UUID.randomUUID() + "/complete", token, Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problem()).isEqualTo("not-found");
        assertThat(response.field("detail")).isEqualTo("There is nothing at this address.");
        assertThat(response.body()).doesNotContain("static resource").doesNotContain("No endpoint");
    }

    @Test
    void an_unknown_field_is_named_with_the_fields_that_are_accepted() {
        Api.Response response = api().post("/probe/things", token, Map.of("name", "a", "createdBy", "me"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem()).isEqualTo("invalid-input");
        assertThat(response.field("detail"))
                .isEqualTo("Unknown field 'createdBy': it is not accepted here. Accepted is name.");
    }

    @Test
    void a_merge_patch_tells_left_out_from_null_from_a_value() {
        Api.Response response = api().patchJson(
                        "/probe/things/" + UUID.randomUUID(),
                        token,
                        "{\"note\": null, \"stars\": 4, \"tags\": [\"a\"], \"window\": {\"from\": \"2026-01-01\", \"to\": \"2026-02-01\"}}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode seen = response.json();
        assertThat(seen.get("name").asString()).isEqualTo("absent");
        assertThat(seen.get("note").asString()).isEqualTo("cleared");
        assertThat(seen.get("stars").asInt()).isEqualTo(4);
        assertThat(seen.get("tags").get(0).asString()).isEqualTo("a");
        assertThat(seen.get("window").get("from").asString()).isEqualTo("2026-01-01");
    }

    @Test
    void a_merge_patch_may_come_as_application_merge_patch_json() {
        Api.Response response = api().patchJson(
                        "/probe/things/" + UUID.randomUUID(),
                        token,
                        "{\"name\": \"b\"}",
                        Map.of("Content-Type", "application/merge-patch+json"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.field("name")).isEqualTo("b");
    }

    @Test
    void a_merge_patch_member_of_the_wrong_type_or_breaking_a_rule_is_a_400_naming_it() {
        String path = "/probe/things/" + UUID.randomUUID();

        Api.Response wrongType = api().patchJson(path, token, "{\"stars\": \"many\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.field("detail")).contains("'stars'");

        Api.Response cleared = api().patchJson(path, token, "{\"name\": null}");
        assertThat(cleared.status()).isEqualTo(400);
        assertThat(cleared.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

        Api.Response tooLong = api().patchJson(path, token, "{\"note\": \"" + "n".repeat(21) + "\", \"stars\": 9}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").findValuesAsString("field")).containsExactly("note", "stars");

        Api.Response nested = api().patchJson(path, token, "{\"window\": {\"from\": \"2026-01-01\"}}");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.body()).contains("window.to");

        Api.Response unknown = api().patchJson(path, token, "{\"colour\": \"red\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.field("detail")).contains("'colour'").contains("name, note, stars, tags and window");

        assertThat(api().patchJson(path, token, "{\"tags\": [null]}").status()).isEqualTo(400);
    }

    @Test
    void the_api_document_shows_a_patch_member_as_its_value_nullable() {
        Api.Response document = api().get("/v3/api-docs", token);

        assertThat(document.status()).as(document.body()).isEqualTo(200);
        JsonNode properties = document.json().at("/components/schemas/ChangeThing/properties");
        assertThat(types(properties.get("note"))).containsExactlyInAnyOrder("string", "null");
        assertThat(types(properties.get("name"))).as("@NotCleared").containsExactly("string");
        assertThat(document.json()
                        .at("/components/schemas/ChangeThing/required")
                        .isMissingNode())
                .as("a merge patch requires nothing")
                .isTrue();
        assertThat(properties.get("note").get("maxLength").asInt()).isEqualTo(20);
        assertThat(types(properties.get("stars"))).containsExactlyInAnyOrder("integer", "null");
        assertThat(types(properties.get("tags"))).containsExactlyInAnyOrder("array", "null");
        assertThat(document.body()).doesNotContain("\"cleared\"").doesNotContain("Absent");
    }

    /** A schema's type(s): OpenAPI 3.1 writes a nullable one as an array with "null". */
    private static java.util.List<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        java.util.List<String> types = new java.util.ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type != null) {
            types.add(type.asString());
            if (schema.path("nullable").asBoolean()) {
                types.add("null");
            }
        }
        return types;
    }

    @Test
    void a_stale_if_match_is_a_412_version_mismatch() {
        assertThat(api().get("/probe/etag", token, Map.of("If-Match", "\"3\"")).status())
                .isEqualTo(200);
        Api.Response stale = api().get("/probe/etag", token, Map.of("If-Match", "\"2\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problem()).isEqualTo("version-mismatch");
        assertThat(api().get("/probe/etag", token, Map.of("If-Match", "garbage"))
                        .status())
                .isEqualTo(412);
    }
}
