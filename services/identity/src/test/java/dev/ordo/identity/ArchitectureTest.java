package dev.ordo.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ordo.testsupport.architecture.OrdoServiceRules;
import org.springframework.grpc.server.service.GrpcService;
import org.springframework.stereotype.Repository;

@AnalyzeClasses(packages = "dev.ordo.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules every service keeps (test-support); below, only this service's own. */
    @ArchTest
    static final ArchTests ordo = ArchTests.in(OrdoServiceRules.class);

    @ArchTest
    static final ArchRule grpc_endpoints_do_not_touch_repositories = noClasses()
            .that()
            .areAnnotatedWith(GrpcService.class)
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Repository.class)
            .because("a gRPC endpoint is a controller for another protocol");

    @ArchTest
    static final ArchRule grpc_endpoints_are_named_so =
            classes().that().areAnnotatedWith(GrpcService.class).should().haveSimpleNameEndingWith("Endpoint");
}
