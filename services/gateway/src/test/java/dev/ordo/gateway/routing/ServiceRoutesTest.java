package dev.ordo.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.servicetable.Route;
import dev.ordo.platform.servicetable.ServiceTable;
import java.util.UUID;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;

class ServiceRoutesTest {

    private static final String HEADER = "# name port management grpc database owner-role jar routes\n";

    private static final ServiceRoutes ROUTES = new ServiceRoutes(
            ServiceTable.parse(HEADER
                            + "identity 8081 9181 - identity no i.jar /api/v1/auth/**,/api/v1/users/**,/.well-known/jwks.json\n"
                            + "projects 8082 9182 - projects no p.jar /api/v1/projects/**,/api/v1/invitations/**\n"
                            + "tasks 8083 9183 - tasks no t.jar /api/v1/tasks/**,/api/v1/projects/*/priority-rules/**\n"
                            + "gateway 8080 9080 - - no g.jar -\n")
                    .routes(),
            service -> new HttpHost("http", "127.0.0.1", service.length()));

    @Test
    void aPathGoesToTheServiceOfTheNarrowestPatternItMatches() {
        assertThat(service("/api/v1/projects/p1/priority-rules")).isEqualTo("tasks");
        assertThat(service("/api/v1/projects/p1/priority-rules/r1/more")).isEqualTo("tasks");
        assertThat(service("/api/v1/projects/p1/members")).isEqualTo("projects");
        assertThat(service("/api/v1/projects/p1")).isEqualTo("projects");
        assertThat(service("/api/v1/projects")).isEqualTo("projects");
        assertThat(service("/api/v1/tasks")).isEqualTo("tasks");
        assertThat(service("/api/v1/tasks/")).isEqualTo("tasks");
        assertThat(service("/api/v1/tasks/t1/comments")).isEqualTo("tasks");
        assertThat(service("/api/v1/invitations/i1/accept")).isEqualTo("projects");
        assertThat(service("/api/v1/users/me")).isEqualTo("identity");
        assertThat(service("/.well-known/jwks.json")).isEqualTo("identity");
    }

    @Test
    void theTargetCarriesThePatternAndTheServicesHost() {
        ServiceRoutes.Target target = ROUTES.find("/api/v1/projects/p1/priority-rules");

        assertThat(target.pattern()).isEqualTo("/api/v1/projects/*/priority-rules/**");
        assertThat(target.host()).isEqualTo(new HttpHost("http", "127.0.0.1", "tasks".length()));
    }

    @Test
    void aPathNoPatternMatchesGoesNowhere() {
        assertThat(ROUTES.find("/api/v1/nothing-here")).isNull();
        assertThat(ROUTES.find("/api/v1/tasksx")).isNull();
        assertThat(ROUTES.find("/api/v1")).isNull();
        assertThat(ROUTES.find("/api/v2/tasks")).isNull();
        assertThat(ROUTES.find("/.well-known/jwks.json/more")).isNull();
        assertThat(ROUTES.find("/.well-known/jwks.json/")).isNull();
        assertThat(ROUTES.find("/")).isNull();
        assertThat(ROUTES.find("")).isNull();
        assertThat(ROUTES.find("/actuator/health")).isNull();
        assertThat(ROUTES.find("/API/v1/tasks")).as("case matters").isNull();
    }

    @Test
    void anEmptySegmentDoesNotMatchAStar() {
        assertThat(service("/api/v1/projects//priority-rules")).isEqualTo("projects");
    }

    @Test
    void segmentsAreComparedDecodedAsSpringsPathPatternDoes() {
        assertThat(service("/api/v1/%74asks/t1")).isEqualTo("tasks");
        assertThat(service("/api/v1/projects/p1/priority%2Drules")).isEqualTo("tasks");
        assertThat(ROUTES.find("/api/v1/%zzasks")).isNull();
    }

    @Test
    void everyPatternOfTheBundledTableReachesItsService() {
        ServiceTable table = ServiceTable.bundled();
        ServiceRoutes routes = new ServiceRoutes(table.routes(), service -> new HttpHost(service));
        for (Route route : table.routes()) {
            String path = route.pattern()
                    .replace("/**", "/" + UUID.randomUUID() + "/more")
                    .replace("*", UUID.randomUUID().toString());

            assertThat(routes.find(path).service()).as(path).isEqualTo(route.service());
            assertThat(routes.find(route.pattern().replace("/**", "").replace("*", "x"))
                            .service())
                    .as(route.pattern())
                    .isEqualTo(route.service());
        }
    }

    private static String service(String path) {
        ServiceRoutes.Target target = ROUTES.find(path);
        return target == null ? null : target.service();
    }
}
