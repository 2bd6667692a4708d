package dev.ordo.identity.key;

import dev.ordo.identity.config.IdentityProperties;
import dev.ordo.platform.security.OrdoJwtDecoders;
import dev.ordo.platform.security.OrdoSecurityProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    /**
     * A retired key stays published for a token's lifetime, plus the time another instance may go on
     * signing with it before it re-reads the table.
     */
    @Bean
    KeyRotationPolicy keyRotationPolicy(IdentityProperties properties) {
        return new KeyRotationPolicy(
                properties.keys().rotationPeriod(),
                properties.accessTokenTtl().plus(properties.keys().reloadInterval()));
    }

    /** Startup fails here, saying why, when the key-encryption key is missing or malformed. */
    @Bean
    KeySealer keySealer(@Value("${" + KeySealer.PROPERTY + ":}") String encryptionKey) {
        return KeySealer.fromConfiguration(encryptionKey);
    }

    /** Identity checks its own tokens against its key table, not by calling its own JWKS endpoint. */
    @Bean
    JwtDecoder jwtDecoder(KeyRing ring, OrdoSecurityProperties properties) {
        return OrdoJwtDecoders.fromJwkSource(ring, properties);
    }
}
