package dev.ordo.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds every {@code META-INF/ordo/*-defaults.properties} on the class path (one per platform module)
 * as the lowest-priority property sources, so every service starts with the same habits (virtual
 * threads, JSON logs, probes, metrics, Kafka consumer settings, the bind address) and may still override
 * any of them.
 */
public class OrdoDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String LOCATION = "classpath*:META-INF/ordo/*-defaults.properties";
    static final String SOURCE_PREFIX = "ordoDefaults:";
    static final String MANAGEMENT_SOURCE = SOURCE_PREFIX + "management-server";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
            for (Resource resource : resources) {
                String name = SOURCE_PREFIX + resource.getFilename();
                if (!environment.getPropertySources().contains(name)) {
                    environment.getPropertySources().addLast(new ResourcePropertySource(name, resource));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bindManagementServer(environment);
    }

    /**
     * The management server listens on {@code ordo.bind-address} too — but Boot refuses an address for it
     * unless it has a port of its own, so the default is added only then.
     */
    private static void bindManagementServer(ConfigurableEnvironment environment) {
        String port = environment.getProperty("management.server.port");
        if (port == null
                || port.equals("-1")
                || (!port.equals("0") && port.equals(environment.getProperty("server.port", "8080")))
                || environment.getPropertySources().contains(MANAGEMENT_SOURCE)) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        MANAGEMENT_SOURCE, Map.of("management.server.address", "${ordo.bind-address:127.0.0.1}")));
    }
}
