package dev.ordo.notifications.live;

import dev.ordo.testsupport.OrdoIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The notifications service booted whole for the live stream's and web push's tests, with an inbox of the test's
 * own ({@link TestInbox}) until the inbox's is merged. Heartbeats are short so a test sees one quickly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@OrdoIntegrationTest
@Import(TestInbox.class)
@TestPropertySource(
        properties = {
            "ordo.notifications.live.heartbeat=300ms",
            "ordo.notifications.push.vapid-public-key=" + TestVapid.PUBLIC_KEY,
            "ordo.notifications.push.vapid-private-key=" + TestVapid.PRIVATE_KEY,
            "ordo.notifications.push.subject=mailto:ops@ordo.test",
            // the test's push service (PushReceiver) is plain http on loopback
            "ordo.notifications.push.allow-insecure-endpoints=true"
        })
public @interface LiveIntegrationTest {}
