package dev.ordo.gateway.docs;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One OpenAPI document for the whole public API; Swagger UI at /api/docs shows it. */
@RestController
@Hidden
class ApiDocsController {

    static final String PATH = "/api/docs/openapi.json";

    private final MergedApiDocs docs;

    ApiDocsController(MergedApiDocs docs) {
        this.docs = docs;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode openApi() {
        ObjectNode document = docs.current();
        // the gateway as the client reached it, so "try it out" calls go where the page came from
        String gateway =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        ((ArrayNode) document.get("servers")).addObject().put("url", gateway).put("description", "Ordo gateway");
        return document;
    }
}
