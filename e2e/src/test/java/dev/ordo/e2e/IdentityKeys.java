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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Identity's current signing key, read from the system-test identity database, so a test can make
 * tokens that differ from real ones in exactly one respect (expiry, audience) and show each is refused.
 */
final class IdentityKeys {

    private IdentityKeys() {
    }

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
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey currentKey() {
        try (Connection c = DriverManager.getConnection(TestPostgres.url(TestPostgres.DB_PREFIX + "e2e_identity"),
                TestPostgres.USER, TestPostgres.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery(
                     "select jwk from signing_key where retired_at is null order by created_at desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("identity has no active signing key");
            }
            return RSAKey.parse(rs.getString(1));
        } catch (SQLException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
