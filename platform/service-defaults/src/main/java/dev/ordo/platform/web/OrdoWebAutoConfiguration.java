package dev.ordo.platform.web;

import dev.ordo.platform.web.input.BoundedDateParameters;
import dev.ordo.platform.web.input.ProblemErrorReportValve;
import dev.ordo.platform.web.input.QueryStringFilter;
import dev.ordo.platform.web.input.StrictRequestJson;
import dev.ordo.platform.web.patch.PatchModelConverter;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request ids, body size limits, problem+json errors, and the input rules (strict JSON for request bodies,
 * well-formed query strings, dates within years 1–9999, Tomcat's own errors as problems) for every
 * servlet service.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(OrdoWebProperties.class)
@Import({ProblemDetailsExceptionHandler.class, ProblemErrorController.class})
public class OrdoWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemResponseWriter problemResponseWriter(JsonMapper jsonMapper) {
        return new ProblemResponseWriter(jsonMapper);
    }

    /** First of all filters, so even the security chain's answers carry the request id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            OrdoWebProperties properties, ProblemResponseWriter problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.maxBodySize(), properties.largeBodies(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Ahead of everything that reads a parameter; after the request id, so its problems carry one. */
    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringFilter(ProblemResponseWriter problems) {
        FilterRegistrationBean<QueryStringFilter> registration =
                new FilterRegistrationBean<>(new QueryStringFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Request bodies are read (and answers written) with the strict mapper; the application's own stays as it is. */
    @Bean
    StrictRequestBodies strictRequestBodies(JsonMapper jsonMapper) {
        return new StrictRequestBodies(StrictRequestJson.from(jsonMapper));
    }

    @Bean
    WebMvcConfigurer boundedDateParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverter(new BoundedDateParameters());
            }
        };
    }

    /** Springdoc shows a {@code Patch<T>} as {@code T}, nullable. */
    @Bean
    @ConditionalOnClass(name = "io.swagger.v3.core.converter.ModelConverter")
    PatchModelConverter patchModelConverter() {
        return new PatchModelConverter();
    }

    @Bean
    @ConditionalOnClass(StandardHost.class)
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** Runs after Boot's own JSON customizer, so its converter is the one the server uses. */
    static final class StrictRequestBodies implements ServerHttpMessageConvertersCustomizer, Ordered {
        private final JsonMapper strict;

        StrictRequestBodies(JsonMapper strict) {
            this.strict = strict;
        }

        @Override
        public void customize(HttpMessageConverters.ServerBuilder builder) {
            builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
