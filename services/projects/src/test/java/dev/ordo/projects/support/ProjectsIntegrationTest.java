package dev.ordo.projects.support;

import dev.ordo.testsupport.OrdoIntegrationTest;
import dev.ordo.testsupport.OrdoTestEnvironment;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The projects service booted whole (see {@link OrdoIntegrationTest}), talking to a {@link FakeUserDirectory}
 * instead of identity's gRPC server. Every test class uses exactly this configuration, so they all share
 * one context; tests keep out of each other's way with fresh users and projects.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@OrdoIntegrationTest
// the nearest @ContextConfiguration wins, so the platform's initializer is named again here
@ContextConfiguration(initializers = {OrdoTestEnvironment.class, FakeUserDirectory.Environment.class})
@TestPropertySource(properties = {"ordo.outbox.poll-interval=100ms", "ordo.projects.directory.deadline=500ms"})
public @interface ProjectsIntegrationTest {}
