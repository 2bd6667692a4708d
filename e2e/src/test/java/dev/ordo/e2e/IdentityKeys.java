package dev.ordo.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.ordo.testsupport.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Identity's current signing key, read from the system-test identity database and opened with the
 * key-encryption key {@link OrdoSystem} gave identity (AES-256-GCM: [KEK id][12-byte IV][ciphertext + tag],
 * the kid as associated data; see identity's key.KeySealer), so a test can make tokens that differ from real
 * ones in exactly one respect (expiry, audience) and show each is refused.
 */
final class IdentityKeys {

    private IdentityKeys() {}

    static JWTClaimsSet.Builder claimsFor(UUID userId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("ordo-identity")
                .audience("ordo-api")
                .subject(userId.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of("user"));
    }

    static String sign(JWTClaimsSet claims) {
        RSAKey key = currentKey();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey currentKey() {
        try (Connection c = DriverManager.getConnection(
                        TestPostgres.url(TestPostgres.DB_PREFIX + "e2e_identity"),
                        TestPostgres.USER,
                        TestPostgres.PASSWORD);
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "select kid, private_jwk from signing_key where retired_at is null order by created_at desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("identity has no active signing key");
            }
            return RSAKey.parse(open(rs.getString("kid"), rs.getBytes("private_jwk")));
        } catch (SQLException | ParseException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String open(String kid, byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.DECRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(OrdoSystem.KEY_ENCRYPTION_KEY), "AES"),
                new GCMParameterSpec(128, Arrays.copyOfRange(sealed, 1, 13)));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return new String(cipher.doFinal(sealed, 13, sealed.length - 13), StandardCharsets.UTF_8);
    }
}
