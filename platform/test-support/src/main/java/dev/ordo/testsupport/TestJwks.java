package dev.ordo.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Stands in for identity in a service's own integration tests: a real JWKS endpoint on a free local
 * port, and access tokens signed the way identity signs them (RS256, kid, issuer, audience, expiry).
 * One per test JVM.
 */
public final class TestJwks {

    public static final String ISSUER = "ordo-identity";
    public static final String AUDIENCE = "ordo-api";

    private static TestJwks instance;

    private final RSAKey key;
    private final HttpServer server;

    private TestJwks() throws JOSEException, IOException {
        key = new RSAKeyGenerator(2048)
                .keyID("test-" + UUID.randomUUID())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate();
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public static synchronized TestJwks get() {
        if (instance == null) {
            try {
                instance = new TestJwks();
            } catch (JOSEException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A valid 15-minute access token for this user. */
    public String tokenFor(UUID userId, String... roles) {
        return sign(claims(userId, roles).build());
    }

    public String expiredTokenFor(UUID userId) {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        return sign(claims(userId, "user")
                .issueTime(Date.from(past.minusSeconds(900)))
                .expirationTime(Date.from(past))
                .build());
    }

    public String tokenWithAudience(UUID userId, String audience) {
        return sign(claims(userId, "user").audience(audience).build());
    }

    /** Signed by a key this JWKS does not publish. */
    public String tokenSignedByAStranger(UUID userId) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(claims(userId, "user").build(), stranger);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public JWTClaimsSet.Builder claims(UUID userId, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(userId.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of(roles.length == 0 ? new String[] {"user"} : roles));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(with.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
