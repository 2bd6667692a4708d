package dev.ordo.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Every service's OpenAPI document, written the same way: the service's title and description from
 * {@code ordo.openapi.*}, the bearer token on every operation outside {@code ordo.security.public-paths},
 * and the fields of response records marked required (see {@link RecordComponentsConverter}), so a
 * client generated from the document knows what every answer carries.
 */
@AutoConfiguration
@ConditionalOnClass({OpenAPI.class, OpenApiCustomizer.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(OrdoOpenApiProperties.class)
public class OrdoOpenApiAutoConfiguration {

    /** The name of the security scheme: identity's JWT access token, sent as a bearer token. */
    public static final String BEARER = "bearer";

    @Bean
    RecordComponentsConverter ordoRecordComponentsConverter() {
        return new RecordComponentsConverter();
    }

    @Bean
    OpenApiCustomizer ordoOpenApiCustomizer(OrdoOpenApiProperties properties, Environment environment) {
        // Bound here rather than through the security package's properties: the document follows the same
        // list the security chain opens, without the two auto-configurations depending on each other.
        List<String> publicPaths = Binder.get(environment)
                .bind("ordo.security.public-paths", Bindable.listOf(String.class))
                .orElse(List.of());
        String title = properties.title() != null
                ? properties.title()
                : "Ordo " + environment.getProperty("spring.application.name", "service");
        return new OrdoOpenApiCustomizer(
                title,
                properties.description(),
                properties.version(),
                publicPaths,
                environment.getProperty("ordo.problems.catalogue-url", "https://ordo.dev/problems/"));
    }
}
