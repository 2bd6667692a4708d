package dev.ordo.platform.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document says about the service ({@code ordo.openapi.*}).
 *
 * @param title       the document's title (default "Ordo " and the service's {@code spring.application.name})
 * @param description what the service owns, in a sentence
 * @param version     the API's version (default v1)
 */
@ConfigurationProperties("ordo.openapi")
public record OrdoOpenApiProperties(String title, String description, String version) {

    public OrdoOpenApiProperties {
        version = version == null ? "v1" : version;
    }
}
