package dev.ordo.tasks;

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

@AnalyzeClasses(packages = "dev.ordo.tasks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] LANGUAGE = {"dev.ordo.tasks.query..", "dev.ordo.tasks.quickadd..", "dev.ordo.tasks.urgency.."};

    @ArchTest
    static final ArchRule tasks_uses_only_the_platform_and_the_contracts_of_ordo = noClasses()
            .that().resideInAPackage("dev.ordo.tasks..")
            .should().dependOnClassesThat(resideInAPackage("dev.ordo..")
                    .and(not(resideInAnyPackage("dev.ordo.tasks..", "dev.ordo.platform..", "dev.ordo.contracts.."))))
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
            .matching("dev.ordo.tasks.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_language_knows_nothing_of_the_service = noClasses()
            .that().resideInAnyPackage(LANGUAGE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "dev.ordo.platform..")
            .orShould().dependOnClassesThat(resideInAPackage("dev.ordo.tasks..").and(not(resideInAnyPackage(LANGUAGE))))
            .because("the filter language, quick add and urgency are plain Java the service builds on");

    @ArchTest
    static final ArchRule only_the_replication_feature_reads_kafka = noClasses()
            .that().resideOutsideOfPackage("dev.ordo.tasks.replication..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
            .because("events go out through the platform's outbox; other services' come in, in one place");

    @ArchTest
    static final ArchRule only_the_cache_speaks_redis = noClasses()
            .that().resideOutsideOfPackage("dev.ordo.tasks.cache..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.redis..")
            .because("Redis is a cache behind MostUrgentCache, never a source of truth");

    @ArchTest
    static final ArchRule records_carry_no_framework = noClasses()
            .that().areRecords().and().resideOutsideOfPackage("dev.ordo.tasks.config..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("domain values, requests and responses are plain data");
}
