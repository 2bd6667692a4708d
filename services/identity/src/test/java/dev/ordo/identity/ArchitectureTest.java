package dev.ordo.identity;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.grpc.server.service.GrpcService;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "dev.ordo.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule identity_uses_only_the_platform_and_the_contracts_of_ordo = noClasses()
            .that().resideInAPackage("dev.ordo.identity..")
            .should().dependOnClassesThat(resideInAPackage("dev.ordo..")
                    .and(not(resideInAnyPackage("dev.ordo.identity..", "dev.ordo.platform..", "dev.ordo.contracts.."))))
            .because("a service depends on platform/ and contracts/ only, never on another service");

    @ArchTest
    static final ArchRule controllers_do_not_touch_repositories = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .because("the application services own the transactions and the events");

    @ArchTest
    static final ArchRule grpc_endpoints_do_not_touch_repositories = noClasses()
            .that().areAnnotatedWith(GrpcService.class)
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .because("a gRPC endpoint is a controller for another protocol");

    @ArchTest
    static final ArchRule grpc_endpoints_are_named_so = classes()
            .that().areAnnotatedWith(GrpcService.class)
            .should().haveSimpleNameEndingWith("Endpoint");

    @ArchTest
    static final ArchRule controllers_are_named_so = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().haveSimpleNameEndingWith("Controller");

    @ArchTest
    static final ArchRule transactions_are_opened_by_application_services = methods()
            .that().areAnnotatedWith(Transactional.class)
            .should().beDeclaredInClassesThat().areAnnotatedWith(Service.class);

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_circles = slices()
            .matching("dev.ordo.identity.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule records_carry_no_framework = noClasses()
            .that().areRecords().and().resideOutsideOfPackage("dev.ordo.identity.config..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("domain values, requests and responses are plain data");
}
