package dev.ordo.identity.support;

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
 * The identity service booted whole (see {@link OrdoIntegrationTest}), with login limits low enough to
 * reach in a test. Every test class uses exactly this configuration, so they all share one context.
 * Tests keep out of each other's way by using fresh accounts and their own client address. The gRPC
 * server binds a free port, which tests read with {@code @LocalGrpcPort}; so does actuator
 * ({@code @LocalManagementPort}), as in production where it has a port of its own. Mail goes to the
 * in-process SMTP server of {@link Mailbox}, and the relay retries every second.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@OrdoIntegrationTest
@ContextConfiguration(initializers = {OrdoTestEnvironment.class, Mailbox.class})
@TestPropertySource(
        properties = {
            "ordo.identity.login-rate-limit.ip-attempts=8",
            "ordo.identity.login-rate-limit.address-failures=3",
            "ordo.identity.login-rate-limit.account-free-failures=3",
            "ordo.identity.login-rate-limit.slowdown-base=2s",
            "ordo.identity.login-rate-limit.slowdown-max=4s",
            "ordo.outbox.poll-interval=100ms",
            "spring.grpc.server.port=0",
            "management.server.port=0",
            "ordo.identity.mail.relay-interval=1s",
            "ordo.jobs.polling-interval=1s"
        })
public @interface IdentityIntegrationTest {}
