package dev.ordo.notifications.push;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web push ({@code ordo.notifications.push.*}).
 *
 * @param vapidPublicKey          the application server's VAPID public key (RFC 8292): P-256, uncompressed,
 *                                base64url; browsers subscribe with it ({@code applicationServerKey})
 * @param vapidPrivateKey         its private key: the 32-byte scalar, base64url (a secret)
 * @param subject                 who runs this server, for push services that need to reach them ({@code mailto:}
 *                                or {@code https:})
 * @param ttl                     how long a push service keeps a message for a device that is offline
 * @param timeout                 how long a push service may take to answer
 * @param allowInsecureEndpoints  whether subscriptions may name {@code http:} endpoints (tests only: push services
 *                                are https)
 */
@ConfigurationProperties("ordo.notifications.push")
public record PushProperties(
        @Nullable String vapidPublicKey,
        @Nullable String vapidPrivateKey,
        @DefaultValue("mailto:admin@localhost") String subject,
        @DefaultValue("1d") Duration ttl,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("false") boolean allowInsecureEndpoints) {

    /** Whether there are keys: without them push is off (the public key answers 404, deliveries fail for good). */
    public boolean configured() {
        return vapidPublicKey != null
                && !vapidPublicKey.isBlank()
                && vapidPrivateKey != null
                && !vapidPrivateKey.isBlank();
    }
}
