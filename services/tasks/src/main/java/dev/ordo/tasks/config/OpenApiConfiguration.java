package dev.ordo.tasks.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The tasks service's OpenAPI document (merged with the others at the gateway). Every path needs a token. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Ordo tasks",
                        version = "v1",
                        description =
                                "Tasks and subtasks, sections, labels, filters and saved filters, quick add, priority rules."),
        security = @SecurityRequirement(name = OpenApiConfiguration.BEARER))
@SecurityScheme(
        name = OpenApiConfiguration.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT")
public class OpenApiConfiguration {

    public static final String BEARER = "bearer";
}
