package dev.ordo.projects;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ordo.testsupport.architecture.OrdoServiceRules;

@AnalyzeClasses(packages = "dev.ordo.projects", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules every service keeps (test-support); below, only this service's own. */
    @ArchTest
    static final ArchTests ordo = ArchTests.in(OrdoServiceRules.class);

    @ArchTest
    static final ArchRule only_the_directory_feature_speaks_grpc = noClasses()
            .that()
            .resideOutsideOfPackage("dev.ordo.projects.directory..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.grpc..", "io.github.resilience4j..", "dev.ordo.contracts.identity.grpc..")
            .because("identity's gRPC API, its deadline, retry and breaker stay behind UserDirectory");

    @ArchTest
    static final ArchRule only_the_user_events_feature_talks_to_kafka = noClasses()
            .that()
            .resideOutsideOfPackage("dev.ordo.projects.userevents..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
            .because("events go out through the platform's outbox; only identity's come in, in one place");
}
