package dev.ordo.search.support;

import dev.ordo.testsupport.OrdoIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The search service booted whole (see {@link OrdoIntegrationTest}) on the PostgreSQL engine. Every test class uses
 * exactly this configuration, so they all share one context; tests keep out of each other's way with fresh users,
 * projects and words of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@OrdoIntegrationTest
@TestPropertySource(
        properties = {
            "ordo.outbox.poll-interval=100ms",
            "ordo.jobs.polling-interval=1s",
            "ordo.search.rebuild-check-interval=1s"
        })
public @interface SearchIntegrationTest {}
