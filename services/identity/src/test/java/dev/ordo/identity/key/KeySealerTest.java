package dev.ordo.identity.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeySealerTest {

    static final String JWK = "{\"kty\":\"RSA\",\"d\":\"private-part\"}";

    final KeySealer sealer = KeySealer.fromConfiguration(randomKey());

    @Test
    void a_sealed_key_opens_to_what_was_sealed_and_shows_nothing_of_it() {
        byte[] sealed = sealer.seal("kid-1", JWK);

        assertThat(sealer.open("kid-1", sealed)).isEqualTo(JWK);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("private-part");
        assertThat(sealed[0]).as("the KEK id").isEqualTo((byte) 1);
    }

    @Test
    void every_seal_has_its_own_iv() {
        assertThat(sealer.seal("kid-1", JWK)).isNotEqualTo(sealer.seal("kid-1", JWK));
    }

    @Test
    void a_sealed_key_does_not_open_under_another_kid_another_kek_or_when_altered() {
        byte[] sealed = sealer.seal("kid-1", JWK);
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> sealer.open("kid-2", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> KeySealer.fromConfiguration(randomKey()).open("kid-1", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealer.open("kid-1", altered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_missing_or_malformed_key_encryption_key_is_refused_with_a_message_that_says_what_to_give() {
        assertThatThrownBy(() -> KeySealer.fromConfiguration(null))
                .hasMessageContaining("ordo.identity.keys.encryption-key is not set")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> KeySealer.fromConfiguration("  ")).hasMessageContaining("is not set");
        assertThatThrownBy(() -> KeySealer.fromConfiguration("not base64 at all!"))
                .hasMessageContaining("is not valid base64");
        assertThatThrownBy(() -> KeySealer.fromConfiguration(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("decodes to 16 bytes; AES-256 needs exactly 32");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
