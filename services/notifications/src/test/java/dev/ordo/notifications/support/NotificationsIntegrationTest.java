package dev.ordo.notifications.support;

import dev.ordo.testsupport.OrdoIntegrationTest;
import dev.ordo.testsupport.OrdoTestEnvironment;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The notifications service booted whole (see {@link OrdoIntegrationTest}), sending its mails to the in-process SMTP
 * server of {@link Mailbox}, with a delivery worker that polls, backs off and gives up quickly, and the faults of
 * {@link SenderFaults} at hand. Every test class uses exactly this configuration, so they all share one context;
 * tests keep out of each other's way with fresh users, projects and tasks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@OrdoIntegrationTest
@ContextConfiguration(initializers = {OrdoTestEnvironment.class, Mailbox.class})
@Import(SenderFaults.class)
@TestPropertySource(
        properties = {
            "ordo.outbox.poll-interval=100ms",
            "ordo.events.retry.initial-interval=50ms",
            "ordo.events.retry.max-interval=500ms",
            "ordo.notifications.delivery.poll-interval=100ms",
            "ordo.notifications.delivery.backoff=100ms",
            "ordo.notifications.delivery.max-backoff=400ms",
            "ordo.notifications.delivery.max-attempts=3",
            "ordo.notifications.delivery.lease=3s",
            "ordo.notifications.app-base-url=" + Mailbox.APP_URL
        })
public @interface NotificationsIntegrationTest {}
