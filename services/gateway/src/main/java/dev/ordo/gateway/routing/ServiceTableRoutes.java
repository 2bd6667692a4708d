package dev.ordo.gateway.routing;

import dev.ordo.platform.servicetable.Route;
import dev.ordo.platform.servicetable.Service;
import dev.ordo.platform.servicetable.ServiceTable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The gateway's routes come from {@code services.table} (packed into the service-table jar), the one
 * place every service's routes and ports are written: for each routed service, its default URL
 * ({@code ordo.services.<name>.url}, the table's port on 127.0.0.1), one route per path pattern
 * ({@code spring.cloud.gateway.server.webmvc.routes-map.<name>-<n>}, narrower patterns first), and its API
 * document in the merged docs ({@code ordo.gateway.docs.services.<name>}).
 *
 * <p>They are defaults, below everything else: {@code --ordo.services.tasks.url=…} (./ordo with its port
 * offset, the system tests) or {@code ORDO_SERVICES_TASKS_URL} (compose, a cluster) moves a service, and
 * a route or docs entry given in the usual configuration still adds to these.
 */
public class ServiceTableRoutes implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "services.table";
    static final String ROUTES = "spring.cloud.gateway.server.webmvc.routes-map.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(PROPERTY_SOURCE, properties(ServiceTable.bundled())));
    }

    /**
     * The routes go in the table's order of routes, narrower patterns first: the gateway tries its
     * {@code routes-map} in the order its entries are bound (a route's {@code order} does not reorder them),
     * which is the order of this map.
     */
    static Map<String, Object> properties(ServiceTable table) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Service service : table.routedServices()) {
            String url = "ordo.services." + service.name() + ".url";
            properties.put(url, "http://127.0.0.1:" + service.port());
            properties.put("ordo.gateway.docs.services." + service.name(), "${" + url + "}");
        }
        Map<String, Integer> routesSoFar = new HashMap<>();
        for (Route route : table.routes()) {
            int n = routesSoFar.merge(route.service(), 1, Integer::sum) - 1;
            String id = ROUTES + route.service() + "-" + n;
            properties.put(id + ".uri", "${ordo.services." + route.service() + ".url}");
            properties.put(id + ".predicates[0]", "Path=" + route.pattern());
        }
        return properties;
    }
}
