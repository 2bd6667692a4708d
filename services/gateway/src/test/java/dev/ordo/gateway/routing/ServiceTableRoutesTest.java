package dev.ordo.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.servicetable.ServiceTable;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceTableRoutesTest {

    private static final String HEADER = "# name port management grpc database owner-role jar routes\n";

    @Test
    void eachRoutedServiceGetsItsUrlAndItsDocs() {
        Map<String, Object> properties = ServiceTableRoutes.properties(ServiceTable.parse(HEADER
                + "projects 8082 9182 - projects no p.jar /api/v1/projects/**,/api/v1/invitations/**\n"
                + "tasks 8083 9183 - tasks no t.jar /api/v1/tasks/**,/api/v1/projects/*/priority-rules/**\n"
                + "gateway 8080 9080 - - no g.jar -\n"));

        assertThat(properties)
                .containsEntry("ordo.services.projects.url", "http://127.0.0.1:8082")
                .containsEntry("ordo.services.tasks.url", "http://127.0.0.1:8083")
                .containsEntry("ordo.gateway.docs.services.projects", "${ordo.services.projects.url}")
                .containsEntry("ordo.gateway.docs.services.tasks", "${ordo.services.tasks.url}");
        assertThat(properties.keySet())
                .noneMatch(key -> key.contains("services.gateway") || key.contains("routes-map"));
    }
}
