package dev.ordo.audit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.ordo.audit.trail.AuditEvents;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "dev.ordo.audit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theServiceDependsOnlyOnThePlatformAndTheContracts = noClasses()
            .that().resideInAPackage("dev.ordo.audit..")
            .should().dependOnClassesThat(resideInAPackage("dev.ordo..").and(not(resideInAnyPackage(
                    "dev.ordo.audit..", "dev.ordo.platform..", "dev.ordo.contracts.."))))
            .as("the audit service depends on no other service, only on platform/ and contracts/");

    @ArchTest
    static final ArchRule controllersGoThroughAnApplicationService = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAssignableTo(AuditEvents.class);

    @ArchTest
    static final ArchRule theTrailKnowsNothingOfHowItIsFedOrRead = noClasses()
            .that().resideInAPackage("dev.ordo.audit.trail..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.ordo.audit.recording..", "dev.ordo.audit.query..", "dev.ordo.audit.retention..",
                    "org.springframework.web..", "org.springframework.kafka..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCycles = slices()
            .matching("dev.ordo.audit.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheRecordingFeatureTalksToKafka = classes()
            .that().resideInAPackage("dev.ordo.audit..")
            .and().resideOutsideOfPackage("dev.ordo.audit.recording..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework.kafka..", "org.apache.kafka..");
}
