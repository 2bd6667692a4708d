package dev.ordo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** A token with an unknown kid cannot make a service hammer identity's JWKS. */
class JwksRefetchTest {

    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final RSAKey current = key("k1");
    private final RSAKey stranger = key("stranger");
    private final HttpServer jwks = serve();

    @AfterEach
    void stop() {
        jwks.stop(0);
    }

    @Test
    void many_tokens_with_unknown_kids_cause_one_refetch_per_interval() throws Exception {
        JwtDecoder decoder = decoder(Duration.ofSeconds(30));
        decoder.decode(sign(current));
        assertThat(fetches).hasValue(1);
        clock.advance(Duration.ofSeconds(31));

        sendForgedTokens(decoder, 200);
        assertThat(fetches)
                .as("the first unknown kid fetches once; the rest wait for the interval")
                .hasValue(2);
        clock.advance(Duration.ofSeconds(20));
        sendForgedTokens(decoder, 50);
        assertThat(fetches).hasValue(2);

        clock.advance(Duration.ofSeconds(11));
        sendForgedTokens(decoder, 50);
        assertThat(fetches).hasValue(3);
        assertThat(decoder.decode(sign(current)).getSubject()).isNotBlank();
        assertThat(fetches).as("known keys never fetch").hasValue(3);
    }

    @Test
    void a_key_identity_rotated_to_is_found_by_one_refetch() throws Exception {
        JwtDecoder decoder = decoder(Duration.ofSeconds(30));
        decoder.decode(sign(current));
        clock.advance(Duration.ofMinutes(1));
        RSAKey next = key("k2");
        published.set(new JWKSet(List.of(current.toPublicJWK(), next.toPublicJWK())));

        assertThat(decoder.decode(sign(next)).getSubject()).isNotBlank();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void keys_are_fetched_again_after_the_refresh_interval() throws Exception {
        JwtDecoder decoder = decoder(Duration.ofSeconds(30));
        decoder.decode(sign(current));
        clock.advance(Duration.ofMinutes(6));

        decoder.decode(sign(current));

        assertThat(fetches).hasValue(2);
    }

    @Test
    void identity_down_keeps_the_keys_held_and_is_not_asked_again_within_the_interval() throws Exception {
        JwtDecoder decoder = decoder(Duration.ofSeconds(30));
        decoder.decode(sign(current));
        jwks.stop(0);
        clock.advance(Duration.ofMinutes(6));

        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode(sign(current)).getSubject()).isNotBlank();
        }
    }

    /** Tokens signed with a key identity does not have, each naming a different kid. */
    private void sendForgedTokens(JwtDecoder decoder, int count) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                String forged = sign(stranger, "unknown-" + UUID.randomUUID());
                attempts.add(pool.submit(
                        () -> assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class)));
            }
            for (Future<?> attempt : attempts) {
                attempt.get();
            }
        }
    }

    private JwtDecoder decoder(Duration refetch) {
        OrdoSecurityProperties properties = new OrdoSecurityProperties(
                null,
                null,
                "http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json",
                null,
                null,
                Duration.ofMinutes(5),
                refetch);
        return OrdoJwtDecoders.fromJwkSource(
                new RefetchLimitedJwkSource(
                        properties.jwksUri(),
                        properties.jwksRefreshInterval(),
                        properties.jwksRefetchInterval(),
                        clock),
                properties);
    }

    private String sign(RSAKey key) throws JOSEException {
        return sign(key, key.getKeyID());
    }

    private String sign(RSAKey key, String kid) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .issuer("ordo-identity")
                .audience("ordo-api")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey key(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpServer serve() {
        published.set(new JWKSet(current.toPublicJWK()));
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/.well-known/jwks.json", exchange -> {
                fetches.incrementAndGet();
                byte[] body = published.get().toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
