package dev.ordo.tasks.support;

import dev.ordo.testsupport.OrdoIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The tasks service booted whole (see {@link OrdoIntegrationTest}). Every test class uses exactly this
 * configuration, so they all share one context; tests keep out of each other's way with fresh users and
 * projects. The priority sweep is run by the tests themselves, not by the clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@OrdoIntegrationTest
@Import(StatementCounter.class)
@TestPropertySource(properties = {"ordo.outbox.poll-interval=100ms", "ordo.tasks.priority-sweep=1h"})
public @interface TasksIntegrationTest {}
