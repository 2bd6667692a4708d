package dev.ordo.search;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.ordo.testsupport.architecture.OrdoServiceRules;

@AnalyzeClasses(packages = "dev.ordo.search", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules every service keeps (test-support); below, only this service's own. */
    @ArchTest
    static final ArchTests ordo = ArchTests.in(OrdoServiceRules.class);
}
