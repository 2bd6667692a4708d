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
import org.springframework.test.context.TestPropertySource;

/**
 * The notifications service booted whole (see {@link OrdoIntegrationTest}) with the tests' {@link RecordingNotifier}
 * and {@link PreferredDefaults} (until the inbox's Notifier and preferences are merged: then both go, see the
 * report). Every reminder test class uses exactly this configuration, so they share one context.
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

        @Bean
        RecordingNotifier recordingNotifier() {
            return new RecordingNotifier();
        }

        @Bean
        PreferredDefaults preferredDefaults() {
            return new PreferredDefaults();
        }
    }
}
