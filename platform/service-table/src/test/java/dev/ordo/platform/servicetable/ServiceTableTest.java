package dev.ordo.platform.servicetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ServiceTableTest {

    private static final String HEADER = "# name port management grpc database owner-role jar routes\n";

    @Test
    void theBundledTableIsTheRepositorysAndReadsAsEveryServiceInStartOrder() {
        ServiceTable table = ServiceTable.bundled();

        assertThat(table.services())
                .extracting(Service::name)
                .containsExactly(
                        "identity",
                        "projects",
                        "tasks",
                        "comments",
                        "notifications",
                        "search",
                        "calendar",
                        "audit",
                        "gateway");
        assertThat(table.service("identity")).hasValueSatisfying(identity -> {
            assertThat(identity.port()).isEqualTo(8081);
            assertThat(identity.managementPort()).isEqualTo(9181);
            assertThat(identity.grpcPort()).isEqualTo(OptionalInt.of(9081));
            assertThat(identity.database()).hasValue("identity");
            assertThat(identity.jar()).isEqualTo("services/identity/target/identity.jar");
        });
        assertThat(table.service("audit").orElseThrow().ownerRole()).isTrue();
        assertThat(table.service("gateway").orElseThrow().database()).isEmpty();
        assertThat(table.routedServices())
                .extracting(Service::name)
                .containsExactly(
                        "identity", "projects", "tasks", "comments", "notifications", "search", "calendar", "audit");
        assertThat(ServiceTable.read(Repository.file(ServiceTable.FILE_NAME)).services())
                .isEqualTo(table.services());
    }

    @Test
    void aNarrowerPatternIsTriedBeforeTheOneThatCoversIt() {
        List<Route> routes = ServiceTable.bundled().routes();

        Route priorityRules = route(routes, "/api/v1/projects/*/priority-rules/**");
        Route projects = route(routes, "/api/v1/projects/**");
        assertThat(priorityRules.service()).isEqualTo("tasks");
        assertThat(projects.service()).isEqualTo("projects");
        assertThat(priorityRules.order()).isLessThan(projects.order());
        assertThat(routes.indexOf(priorityRules)).isLessThan(routes.indexOf(projects));
    }

    @Test
    void nestedPatternsAreOrderedByDepthOfNesting() {
        ServiceTable table = ServiceTable.parse(HEADER
                + "outer 8001 9001 - - no a.jar /x/**\n"
                + "middle 8002 9002 - - no b.jar /x/*/y/**\n"
                + "inner 8003 9003 - - no c.jar /x/*/y/z,/elsewhere\n");

        assertThat(table.routes())
                .extracting(Route::pattern)
                .containsExactly("/x/*/y/z", "/x/*/y/**", "/x/**", "/elsewhere");
        assertThat(route(table.routes(), "/elsewhere").order()).isZero();
    }

    @Test
    void aRowReadsEveryColumn() {
        Service service = ServiceTable.parse("search 8090 9190 9090 search yes services/search/target/search.jar"
                        + " /api/v1/search/**,/api/v1/saved-searches/*\n")
                .services()
                .getFirst();

        assertThat(service)
                .isEqualTo(new Service(
                        "search",
                        8090,
                        9190,
                        OptionalInt.of(9090),
                        Optional.of("search"),
                        true,
                        "services/search/target/search.jar",
                        List.of("/api/v1/search/**", "/api/v1/saved-searches/*")));
        assertThat(service.ports()).containsExactly(8090, 9190, 9090);
    }

    @Test
    void aRowWithAColumnTooFewIsRefusedWithItsLine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTable.parse(HEADER + "\nsearch 8090 9190 - search no search.jar\n"))
                .withMessageContaining("line 3")
                .withMessageContaining("7 columns, not 8");
    }

    @Test
    void aPortTwiceIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> ServiceTable.parse("a 8001 9001 - - no a.jar -\n" + "b 8002 9002 8001 - no b.jar -\n"))
                .withMessageContaining("line 2: port 8001 is a's already");
    }

    @Test
    void aServiceTwiceOrADatabaseTwiceIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTable.parse("a 8001 9001 - - no a.jar -\n" + "a 8002 9002 - - no a.jar -\n"))
                .withMessageContaining("'a' has a second row");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTable.parse("a 8001 9001 - d no a.jar -\n" + "b 8002 9002 - d no b.jar -\n"))
                .withMessageContaining("database 'd' belongs to another row");
    }

    @Test
    void cellsThatDoNotMeanWhatTheirColumnSaysAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTable.parse("a 80x1 9001 - - no a.jar -\n"))
                .withMessageContaining("port '80x1' is not a port number");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTable.parse("a 20000 9001 - - no a.jar -\n"))
                .withMessageContaining("between 1024 and 15535");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTable.parse("a 8001 9001 - - yes a.jar -\n"))
                .withMessageContaining("owner-role yes needs a database");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTable.parse("a 8001 9001 - a maybe a.jar -\n"))
                .withMessageContaining("owner-role is yes or no");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTable.parse("Search 8001 9001 - - no a.jar -\n"))
                .withMessageContaining("lower-case letters and digits only");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTable.parse("a 8001 9001 - - no a.jar /api/{id}/**\n"))
                .withMessageContaining("'{id}' is neither a literal segment nor *");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTable.parse("a 8001 9001 - - no a.jar /api/**/x\n"))
                .withMessageContaining("** only as the last segment");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTable.parse("a 8001 9001 - - no a.jar api/**\n"))
                .withMessageContaining("starts with /");
    }

    @Test
    void aPatternTwoServicesClaimIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        ServiceTable.parse("a 8001 9001 - - no a.jar /x/**\n" + "b 8002 9002 - - no b.jar /x/**\n"))
                .withMessageContaining("route /x/** is claimed by a and by b");
    }

    @Test
    void patternsThatOverlapWithoutOneCoveringTheOtherAreRefused() {
        // /x/*/b and /x/a/** both take /x/a/b
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        ServiceTable.parse("a 8001 9001 - - no a.jar /x/*/b\n" + "b 8002 9002 - - no b.jar /x/a/**\n"))
                .withMessageContaining("overlap, and neither covers the other");
    }

    @Test
    void aRestPatternAlsoCoversItsOwnPrefix() {
        // Spring's /y/** matches /y itself
        ServiceTable table = ServiceTable.parse("a 8001 9001 - - no a.jar /y/**\n" + "b 8002 9002 - - no b.jar /y\n");

        assertThat(table.routes()).extracting(Route::service).containsExactly("b", "a");
    }

    @Test
    void patternsThatCannotTakeTheSamePathAreIndependent() {
        ServiceTable table = ServiceTable.parse(
                "a 8001 9001 - - no a.jar /x/*/b,/y\n" + "b 8002 9002 - - no b.jar /x/a/c/**,/z/**\n");

        assertThat(table.routes()).extracting(Route::order).containsOnly(0);
    }

    private static Route route(List<Route> routes, String pattern) {
        return routes.stream()
                .filter(r -> r.pattern().equals(pattern))
                .findFirst()
                .orElseThrow();
    }
}
