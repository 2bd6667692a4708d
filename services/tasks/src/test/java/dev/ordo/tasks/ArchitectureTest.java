package dev.ordo.tasks;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ordo.testsupport.architecture.OrdoServiceRules;

@AnalyzeClasses(packages = "dev.ordo.tasks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules every service keeps (test-support); below, only this service's own. */
    @ArchTest
    static final ArchTests ordo = ArchTests.in(OrdoServiceRules.class);

    static final String[] LANGUAGE = {
        "dev.ordo.tasks.query..", "dev.ordo.tasks.quickadd..", "dev.ordo.tasks.urgency..", "dev.ordo.tasks.recur.."
    };

    @ArchTest
    static final ArchRule the_language_knows_nothing_of_the_service = noClasses()
            .that()
            .resideInAnyPackage(LANGUAGE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "dev.ordo.platform..")
            .orShould()
            .dependOnClassesThat(resideInAPackage("dev.ordo.tasks..").and(not(resideInAnyPackage(LANGUAGE))))
            .because("the filter language, quick add, urgency and recurrence are plain Java the service builds on");

    @ArchTest
    static final ArchRule only_the_replication_feature_reads_kafka = noClasses()
            .that()
            .resideOutsideOfPackage("dev.ordo.tasks.replication..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
            .because("events go out through the platform's outbox; other services' come in, in one place");

    @ArchTest
    static final ArchRule only_the_cache_speaks_redis = noClasses()
            .that()
            .resideOutsideOfPackage("dev.ordo.tasks.cache..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.data.redis..")
            .because("Redis is a cache behind MostUrgentCache, never a source of truth");
}
