package dev.ordo.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.ordo.alpha.AlphaThing;
import dev.ordo.beta.BetaThing;
import org.junit.jupiter.api.Test;

class OrdoServiceRulesTest {

    @Test
    void a_service_that_uses_another_services_class_breaks_the_independence_rule() {
        JavaClasses alpha = new ClassFileImporter().importClasses(AlphaThing.class);

        var result =
                OrdoServiceRules.a_service_depends_on_no_other_service_only_on_the_platform_and_the_contracts.evaluate(
                        alpha);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail ->
                        assertThat(detail).contains(AlphaThing.class.getName()).contains(BetaThing.class.getName()));
    }

    @Test
    void a_service_that_uses_only_the_platform_keeps_the_independence_rule() {
        JavaClasses beta = new ClassFileImporter().importClasses(BetaThing.class);

        assertThat(OrdoServiceRules.a_service_depends_on_no_other_service_only_on_the_platform_and_the_contracts
                        .evaluate(beta)
                        .hasViolation())
                .isFalse();
    }
}
