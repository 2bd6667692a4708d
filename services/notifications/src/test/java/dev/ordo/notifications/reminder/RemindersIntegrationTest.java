package dev.ordo.notifications.reminder;

import dev.ordo.testsupport.OrdoIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The notifications service booted whole (see {@link OrdoIntegrationTest}) with the tests' {@link RecordingNotifier}
 * and {@link PreferredDefaults}, primary over the inbox's Notifier and the preferences' default reminder: the tests
 * see what a firing asked to be told and set a user's default as they need. Every reminder test class uses exactly
 * this configuration, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@OrdoIntegrationTest
@Import(RemindersIntegrationTest.Doubles.class)
@TestPropertySource(properties = "ordo.outbox.poll-interval=100ms")
public @interface RemindersIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Doubles {

        /** Primary: with the inbox's Notifier present too, reminders tell this one, which the tests read. */
        @Bean
        @Primary
        RecordingNotifier recordingNotifier() {
            return new RecordingNotifier();
        }

        @Bean
        @Primary
        PreferredDefaults preferredDefaults() {
            return new PreferredDefaults();
        }
    }
}
