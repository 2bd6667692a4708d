package dev.ordo.tasks.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The filter language, quick add, urgency and recurrence are plain Java (recurrence with lib-recur for the
 * occurrences): the rest of the service builds on them, not the reverse.
 */
class LanguageArchitectureTest {

    static final JavaClasses LANGUAGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                    "dev.ordo.tasks.query",
                    "dev.ordo.tasks.quickadd",
                    "dev.ordo.tasks.urgency",
                    "dev.ordo.tasks.recur");

    @Test
    void the_language_packages_use_only_the_jdk_and_each_other() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "dev.ordo.tasks.query..",
                        "dev.ordo.tasks.quickadd..",
                        "dev.ordo.tasks.urgency..",
                        "dev.ordo.tasks.recur..",
                        "org.dmfs..")
                .check(LANGUAGE);
    }

    @Test
    void the_query_package_stands_alone() {
        noClasses()
                .that()
                .resideInAPackage("dev.ordo.tasks.query..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.ordo.tasks.quickadd..", "dev.ordo.tasks.urgency..", "dev.ordo.tasks.recur..")
                .check(LANGUAGE);
    }
}
