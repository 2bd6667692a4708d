package dev.ordo.identity.clients;

import dev.ordo.identity.config.ServiceClientProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a service's client id and secret. Secrets are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual} (constant time, and the same length whatever was sent), and an unknown client
 * id costs the same comparison, so timing tells neither the secret nor which ids exist.
 */
@Component
public class ServiceClients {

    private static final Logger log = LoggerFactory.getLogger(ServiceClients.class);
    private static final byte[] NO_SECRET = sha256("\u0000no client has this secret\u0000");

    private final Map<String, byte[]> secrets;

    public ServiceClients(ServiceClientProperties properties) {
        this.secrets = properties.serviceClients().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> sha256(e.getValue())));
        if (secrets.isEmpty()) {
            log.warn("No ordo.identity.service-clients are configured: no service can use the user directory");
        }
    }

    /** The client id when the secret is that client's. */
    public Optional<String> authenticate(String clientId, String secret) {
        byte[] expected = secrets.getOrDefault(clientId, NO_SECRET);
        boolean matches = MessageDigest.isEqual(expected, sha256(secret));
        return matches && secrets.containsKey(clientId) ? Optional.of(clientId) : Optional.empty();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
