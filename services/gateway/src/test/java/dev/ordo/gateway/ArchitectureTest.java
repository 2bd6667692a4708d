package dev.ordo.gateway;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ordo.testsupport.architecture.OrdoServiceRules;

@AnalyzeClasses(packages = "dev.ordo.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules every service keeps (test-support); below, only this service's own. */
    @ArchTest
    static final ArchTests ordo = ArchTests.in(OrdoServiceRules.class);

    @ArchTest
    static final ArchRule featuresStayApartExceptForTheClientAddress = slices().matching("dev.ordo.gateway.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("dev.ordo.gateway.client.."))
            .as("features (routing, docs, cors, rate limits, web) do not reach into each other; "
                    + "only the client address is shared");

    @ArchTest
    static final ArchRule theGatewayHasNoDatabase = noClasses()
            .that()
            .resideInAPackage("dev.ordo.gateway..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
            .as("the gateway owns no data and has no database");

    @ArchTest
    static final ArchRule onlyTheDocsFeatureHasControllers = noClasses()
            .that()
            .resideOutsideOfPackage("dev.ordo.gateway.docs..")
            .should()
            .beAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .as("everything public is routed by configuration or is the web app's files (router functions); "
                    + "the gateway's only own endpoint is the merged docs");
}
