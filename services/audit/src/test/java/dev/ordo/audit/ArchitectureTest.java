package dev.ordo.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ordo.audit.trail.AuditEvents;
import dev.ordo.testsupport.architecture.OrdoServiceRules;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "dev.ordo.audit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules every service keeps (test-support); below, only this service's own. */
    @ArchTest
    static final ArchTests ordo = ArchTests.in(OrdoServiceRules.class);

    @ArchTest
    static final ArchRule controllersGoThroughAnApplicationService = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(AuditEvents.class);

    @ArchTest
    static final ArchRule theTrailKnowsNothingOfHowItIsFedOrRead = noClasses()
            .that()
            .resideInAPackage("dev.ordo.audit.trail..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.ordo.audit.recording..",
                    "dev.ordo.audit.query..",
                    "dev.ordo.audit.retention..",
                    "org.springframework.web..",
                    "org.springframework.kafka..",
                    "org.apache.kafka..");

    @ArchTest
    static final ArchRule onlyTheRecordingFeatureTalksToKafka = classes()
            .that()
            .resideInAPackage("dev.ordo.audit..")
            .and()
            .resideOutsideOfPackage("dev.ordo.audit.recording..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages("org.springframework.kafka..", "org.apache.kafka..");
}
