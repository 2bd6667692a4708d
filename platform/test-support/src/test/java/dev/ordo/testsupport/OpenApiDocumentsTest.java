package dev.ordo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OpenApiDocumentsTest {

    @Test
    void names_each_operation_without_a_summary_and_none_with_one() {
        var document = JsonMapper.builder().build().readTree("""
                        {"paths": {
                          "/api/v1/things": {"get": {"summary": "List things"}, "post": {"summary": " "}},
                          "/api/v1/things/{id}": {"delete": {}}
                        }}""");

        assertThat(OpenApiDocuments.operationsWithoutSummary(document))
                .containsExactly("POST /api/v1/things", "DELETE /api/v1/things/{id}");
    }
}
