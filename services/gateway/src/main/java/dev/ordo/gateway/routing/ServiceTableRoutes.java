package dev.ordo.gateway.routing;

import dev.ordo.platform.servicetable.Service;
import dev.ordo.platform.servicetable.ServiceTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The gateway's services come from {@code services.table} (packed into the service-table jar), the one
 * place every service's routes and ports are written: for each routed service, its default URL
 * ({@code ordo.services.<name>.url}, the table's port on 127.0.0.1) and its API document in the merged
 * docs ({@code ordo.gateway.docs.services.<name>}). The table's routes themselves are looked up by
 * {@link ServiceRoutes} (see {@link RoutingConfiguration}).
 *
 * <p>They are defaults, below everything else: {@code --ordo.services.tasks.url=…} (./ordo with its port
 * offset, the system tests) or {@code ORDO_SERVICES_TASKS_URL} (compose, a cluster) moves a service, and
 * a docs entry given in the usual configuration still adds to these, as does a route of Spring Cloud
 * Gateway's ({@code spring.cloud.gateway.server.webmvc.routes-map}).
 */
public class ServiceTableRoutes implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "services.table";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(PROPERTY_SOURCE, properties(ServiceTable.bundled())));
    }

    static Map<String, Object> properties(ServiceTable table) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Service service : table.routedServices()) {
            String url = "ordo.services." + service.name() + ".url";
            properties.put(url, "http://127.0.0.1:" + service.port());
            properties.put("ordo.gateway.docs.services." + service.name(), "${" + url + "}");
        }
        return properties;
    }
}
