package dev.ordo.search.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

class OpenSearchPropertiesTest {

    @Test
    void the_service_configuration_binds_to_the_documented_defaults() throws IOException {
        OpenSearchProperties properties = bind(new StandardEnvironment());

        assertThat(properties.uris()).containsExactly(URI.create("http://127.0.0.1:9200"));
        assertThat(properties.username()).isEmpty();
        assertThat(properties.alias()).isEqualTo("ordo-search");
        assertThat(properties.shards()).isEqualTo(1);
        assertThat(properties.replicas()).isEqualTo(1);
        assertThat(properties.refreshInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(properties.refresh()).isEqualTo(OpenSearchProperties.RefreshPolicy.NONE);
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.socketTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.retireAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void the_cluster_and_policies_can_come_from_the_environment() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of(
                                "ORDO_SEARCH_OPENSEARCH_URIS", "https://a.example:9200,https://b.example:9200",
                                "ORDO_SEARCH_OPENSEARCH_USERNAME", "ordo",
                                "ORDO_SEARCH_OPENSEARCH_REFRESH", "wait-for",
                                "ORDO_SEARCH_OPENSEARCH_REPLICAS", "2")));

        OpenSearchProperties properties = bind(environment);

        assertThat(properties.uris())
                .isEqualTo(List.of(URI.create("https://a.example:9200"), URI.create("https://b.example:9200")));
        assertThat(properties.username()).isEqualTo("ordo");
        assertThat(properties.refresh()).isEqualTo(OpenSearchProperties.RefreshPolicy.WAIT_FOR);
        assertThat(properties.replicas()).isEqualTo(2);
    }

    @Test
    void an_alias_that_is_no_index_name_is_refused() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("env", Map.of("ordo.search.opensearch.alias", "Ordo-Search")));

        assertThatThrownBy(() -> bind(environment))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("lower-case index name");
    }

    private static OpenSearchProperties bind(StandardEnvironment environment) throws IOException {
        new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bind("ordo.search.opensearch", OpenSearchProperties.class)
                .get();
    }
}
