package dev.ordo.identity.key;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.ordo.identity.support.IdentityIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The private signing keys at rest: sealed in the table, plain-text rows of earlier versions sealed at startup. */
@IdentityIntegrationTest
class KeyEncryptionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyRotation rotation;

    @Autowired
    SigningKeys keys;

    @Test
    void no_row_of_the_key_table_holds_a_private_key_readably() {
        rotation.rotateNow();

        jdbc.sql("select kid, jwk, private_jwk from signing_key")
                .query((rs, row) -> {
                    String kid = rs.getString("kid");
                    assertThat(rs.getString("jwk")).as(kid).doesNotContain("\"d\"", "\"p\"", "\"q\"");
                    byte[] sealed = rs.getBytes("private_jwk");
                    assertThat(sealed).as(kid).isNotNull();
                    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("\"d\"", "RSA");
                    return kid;
                })
                .list();
        assertThat(keys.newestActive().orElseThrow().jwk().isPrivate())
                .as("the repository opens it")
                .isTrue();
    }

    @Test
    void a_key_stored_in_plain_text_by_an_earlier_version_is_sealed_at_startup_and_still_signs() throws Exception {
        String kid = "plain-" + UUID.randomUUID().toString().substring(0, 8);
        RSAKey plain = new RSAKeyGenerator(2048)
                .keyID(kid)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate();
        jdbc.sql("insert into signing_key (kid, jwk, created_at, retired_at) values (:kid, :jwk, :at, :at)")
                .param("kid", kid)
                .param("jwk", plain.toJSONString())
                .param("at", Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .update();

        rotation.afterSingletonsInstantiated(); // what every start does first

        String jwk = jdbc.sql("select jwk from signing_key where kid = :kid")
                .param("kid", kid)
                .query(String.class)
                .single();
        assertThat(jwk).doesNotContain("\"d\"");
        assertThat(RSAKey.parse(jwk)).isEqualTo(plain.toPublicJWK());
        SigningKey opened = keys.publishedSince(Instant.EPOCH).stream()
                .filter(k -> k.kid().equals(kid))
                .findFirst()
                .orElseThrow();
        assertThat(opened.jwk().toRSAPrivateKey()).isEqualTo(plain.toRSAPrivateKey());
    }
}
