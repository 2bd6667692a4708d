package dev.ordo.identity.key;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.testsupport.Api;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IdentityIntegrationTest
class SigningKeyTest {

    @LocalServerPort
    int port;

    @Autowired
    KeyRotation rotation;

    @Autowired
    KeyRing ring;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Accounts accounts;
    Accounts.Account account;

    @BeforeEach
    void newAccount() {
        api = Api.fromOwnAddress(port);
        accounts = new Accounts(api);
        account = accounts.register();
    }

    @Test
    void the_jwks_publishes_the_public_key_that_signed_an_issued_token_and_nothing_private() throws Exception {
        String kid = kidOf(accounts.login(account).accessToken());

        Api.Response response = api.get("/.well-known/jwks.json", null);

        assertThat(response.status()).isEqualTo(200);
        JWKSet jwks = JWKSet.parse(response.body());
        assertThat(jwks.getKeyByKeyId(kid)).isNotNull();
        assertThat(jwks.getKeys()).allSatisfy(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getKeyType().getValue()).isEqualTo("RSA");
            assertThat(key.toRSAKey().size()).isEqualTo(2048);
        });
        assertThat(response.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void after_a_rotation_tokens_signed_by_the_old_and_by_the_new_key_are_both_accepted() throws Exception {
        String before = accounts.login(account).accessToken();

        rotation.rotateNow();
        String after = accounts.login(account).accessToken();

        assertThat(kidOf(after)).isNotEqualTo(kidOf(before));
        assertThat(api.get("/api/v1/users/me", before).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/me", after).status()).isEqualTo(200);
        JWKSet jwks = JWKSet.parse(api.get("/.well-known/jwks.json", null).body());
        assertThat(jwks.getKeyByKeyId(kidOf(before))).isNotNull();
        assertThat(jwks.getKeyByKeyId(kidOf(after))).isNotNull();
    }

    @Test
    void a_key_older_than_the_rotation_period_is_replaced_when_the_rotation_check_runs() throws Exception {
        String oldKid = kidOf(accounts.login(account).accessToken());
        jdbc.sql("update signing_key set created_at = :longAgo where kid = :kid")
                .param("longAgo", Timestamp.from(Instant.now().minus(Duration.ofDays(31))))
                .param("kid", oldKid)
                .update();

        rotation.rotateIfDue();

        String newKid = kidOf(accounts.login(account).accessToken());
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(jdbc.sql("select retired_at is not null from signing_key where kid = :kid")
                        .param("kid", oldKid)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        rotation.rotateIfDue();
        assertThat(kidOf(accounts.login(account).accessToken()))
                .as("a young key is kept")
                .isEqualTo(newKid);
    }

    @Test
    void a_key_retired_longer_ago_than_a_token_lives_is_no_longer_published() throws Exception {
        String oldKid = kidOf(accounts.login(account).accessToken());
        rotation.rotateNow();
        jdbc.sql("update signing_key set retired_at = :longAgo where kid = :kid")
                .param("longAgo", Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
                .param("kid", oldKid)
                .update();

        ring.reload();

        JWKSet jwks = JWKSet.parse(api.get("/.well-known/jwks.json", null).body());
        assertThat(jwks.getKeyByKeyId(oldKid)).isNull();
        assertThat(jwks.getKeyByKeyId(ring.signingKey().kid())).isNotNull();
    }

    private static String kidOf(String accessToken) throws Exception {
        return SignedJWT.parse(accessToken).getHeader().getKeyID();
    }
}
