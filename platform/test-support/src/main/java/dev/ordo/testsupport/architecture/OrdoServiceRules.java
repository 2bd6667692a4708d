package dev.ordo.testsupport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The architecture rules every Ordo service keeps, written once. A service's {@code ArchitectureTest} runs
 * them with {@code @ArchTest static final ArchTests ordo = ArchTests.in(OrdoServiceRules.class);} and adds
 * only the rules that are its own (a feature that alone may speak Kafka, gRPC or Redis, ...). Annotations
 * are named, not imported, so this module needs neither Spring MVC nor Spring's transactions.
 */
public final class OrdoServiceRules {

    private static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";
    private static final String REPOSITORY = "org.springframework.stereotype.Repository";
    private static final String SERVICE = "org.springframework.stereotype.Service";
    private static final String TRANSACTIONAL = "org.springframework.transaction.annotation.Transactional";
    private static final String CONFIGURATION_PROPERTIES =
            "org.springframework.boot.context.properties.ConfigurationProperties";

    /** {@code dev.ordo.<service>.…}: the service a class belongs to is the package's third segment. */
    private static final Pattern ORDO_PACKAGE = Pattern.compile("dev\\.ordo\\.([a-z0-9]+)(\\..*)?");

    @ArchTest
    static final ArchRule a_service_depends_on_no_other_service_only_on_the_platform_and_the_contracts = classes()
            .should(dependOnlyOnTheirOwnServiceThePlatformAndTheContracts())
            .because("a service depends on platform/ and contracts/ only, never on another service");

    @ArchTest
    static final ArchRule controllers_do_not_touch_repositories = noClasses()
            .that()
            .areAnnotatedWith(REST_CONTROLLER)
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(REPOSITORY)
            .because("the application services own the transactions, the permission checks and the events");

    @ArchTest
    static final ArchRule controllers_are_named_so = classes()
            .that()
            .areAnnotatedWith(REST_CONTROLLER)
            .should()
            .haveSimpleNameEndingWith("Controller")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule transactions_are_opened_by_application_services = methods()
            .that()
            .areAnnotatedWith(TRANSACTIONAL)
            .should()
            .beDeclaredInClassesThat()
            .areAnnotatedWith(SERVICE)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_circles =
            slices().matching("dev.ordo.*.(*)..").should().beFreeOfCycles().allowEmptyShould(true);

    @ArchTest
    static final ArchRule records_carry_no_framework = noClasses()
            .that()
            .areRecords()
            .and()
            .resideOutsideOfPackage("..config..")
            .and(not(settings()))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..")
            .because("domain values, requests and responses are plain data (settings records aside)");

    private OrdoServiceRules() {}

    private static ArchCondition<JavaClass> dependOnlyOnTheirOwnServiceThePlatformAndTheContracts() {
        return new ArchCondition<>("depend on no other Ordo service") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = serviceOf(item.getPackageName());
                if (own == null) {
                    return;
                }
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = serviceOf(dependency.getTargetClass().getPackageName());
                    if (target != null
                            && !target.equals(own)
                            && !target.equals("platform")
                            && !target.equals("contracts")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** A {@code @ConfigurationProperties} record, or one nested in it (its groups of settings). */
    private static DescribedPredicate<JavaClass> settings() {
        return new DescribedPredicate<>("settings (@ConfigurationProperties and the records nested in it)") {
            @Override
            public boolean test(JavaClass javaClass) {
                for (JavaClass c = javaClass;
                        c != null;
                        c = c.getEnclosingClass().orElse(null)) {
                    if (c.isAnnotatedWith(CONFIGURATION_PROPERTIES)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    private static String serviceOf(String packageName) {
        Matcher matcher = ORDO_PACKAGE.matcher(packageName);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
