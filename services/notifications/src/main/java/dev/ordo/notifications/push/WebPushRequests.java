package dev.ordo.notifications.push;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Security;
import nl.martijndwars.webpush.AbstractPushService;
import nl.martijndwars.webpush.Encoding;
import nl.martijndwars.webpush.HttpRequest;
import nl.martijndwars.webpush.Notification;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jose4j.lang.JoseException;

/**
 * The web-push library's request for a message: the payload encrypted for the subscription (RFC 8291, aes128gcm)
 * and signed for by our VAPID key (RFC 8292). Only the request is taken from it; {@link PushSender} sends it with
 * the JDK's HTTP client, so neither of the library's HTTP clients is needed.
 */
final class WebPushRequests extends AbstractPushService<WebPushRequests> {

    static {
        // the library reads keys and does ECDH through the "BC" provider
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    WebPushRequests(String publicKey, String privateKey, String subject) throws GeneralSecurityException {
        super(publicKey, privateKey, subject);
    }

    HttpRequest request(Notification notification) throws GeneralSecurityException, IOException, JoseException {
        return prepareRequest(notification, Encoding.AES128GCM);
    }
}
