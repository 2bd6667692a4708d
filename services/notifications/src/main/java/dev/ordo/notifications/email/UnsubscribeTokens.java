package dev.ordo.notifications.email;

import dev.ordo.notifications.inbox.NotificationTypes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The token of a mail's unsubscribe link: who and which type, signed (HMAC-SHA256 with
 * {@code ordo.notifications.unsubscribe-secret}) so that nobody can turn off another user's mails. It does not
 * expire: a mail's link keeps working as long as the mail is kept.
 */
@Component
class UnsubscribeTokens {

    /** Whose email of which type the token turns off. */
    record Unsubscribe(UUID user, String type) {}

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    UnsubscribeTokens(EmailProperties properties) {
        this.key = new SecretKeySpec(properties.unsubscribeSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String sign(UUID user, String type) {
        String claim = ENCODER.encodeToString((user + " " + type).getBytes(StandardCharsets.UTF_8));
        return claim + "." + ENCODER.encodeToString(mac(claim));
    }

    /** The (user, type) of a token this service signed, or empty for anything else. */
    Optional<Unsubscribe> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String claim = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(claim), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(claim), StandardCharsets.UTF_8).split(" ", 2);
            if (parts.length != 2 || !NotificationTypes.known(parts[1])) {
                return Optional.empty();
            }
            return Optional.of(new Unsubscribe(UUID.fromString(parts[0]), parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(claim.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
