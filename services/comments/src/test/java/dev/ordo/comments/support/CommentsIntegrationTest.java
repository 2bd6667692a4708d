package dev.ordo.comments.support;

import dev.ordo.testsupport.OrdoIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The comments service booted whole (see {@link OrdoIntegrationTest}). Every test class uses exactly this
 * configuration, so they all share one context; tests keep out of each other's way with fresh users and projects.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@OrdoIntegrationTest
@TestPropertySource(properties = "ordo.outbox.poll-interval=100ms")
public @interface CommentsIntegrationTest {}
