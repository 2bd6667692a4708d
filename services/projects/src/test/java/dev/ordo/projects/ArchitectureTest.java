package dev.ordo.projects;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
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

@AnalyzeClasses(packages = "dev.ordo.projects", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule projects_uses_only_the_platform_and_the_contracts_of_ordo = noClasses()
            .that().resideInAPackage("dev.ordo.projects..")
            .should().dependOnClassesThat(resideInAPackage("dev.ordo..")
                    .and(not(resideInAnyPackage("dev.ordo.projects..", "dev.ordo.platform..", "dev.ordo.contracts.."))))
            .because("a service depends on platform/ and contracts/ only, never on another service");

    @ArchTest
    static final ArchRule controllers_do_not_touch_repositories = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .because("the application services own the transactions, the permission checks and the events");

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
            .matching("dev.ordo.projects.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule only_the_directory_feature_speaks_grpc = noClasses()
            .that().resideOutsideOfPackage("dev.ordo.projects.directory..")
            .should().dependOnClassesThat().resideInAnyPackage("io.grpc..", "io.github.resilience4j..",
                    "dev.ordo.contracts.identity.grpc..")
            .because("identity's gRPC API, its deadline, retry and breaker stay behind UserDirectory");

    @ArchTest
    static final ArchRule only_the_user_events_feature_talks_to_kafka = noClasses()
            .that().resideOutsideOfPackage("dev.ordo.projects.userevents..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
            .because("events go out through the platform's outbox; only identity's come in, in one place");

    @ArchTest
    static final ArchRule records_carry_no_framework = noClasses()
            .that().areRecords().and().resideOutsideOfPackages("dev.ordo.projects.config..",
                    "dev.ordo.projects.directory..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("domain values, requests and responses are plain data");
}
