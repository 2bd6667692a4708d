package dev.ordo.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class PasswordHasherTest {

    static PasswordHasher hasher;

    @BeforeAll
    static void hasher() {
        hasher = new PasswordHasher(new PasswordPolicy(), null, 2);
    }

    @Test
    void new_hashes_are_argon2id_with_19_mib_2_iterations_and_one_lane() {
        String hash = hasher.hash("a-long-enough-passphrase");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches("a-long-enough-passphrase", hash)).isTrue();
        assertThat(hasher.matches("another-passphrase", hash)).isFalse();
        assertThat(hasher.isOutdated(hash)).isFalse();
    }

    @Test
    void hashes_made_with_the_former_16_mib_parameters_are_outdated_but_still_match() {
        String former = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("a-long-enough-passphrase");

        assertThat(former).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(hasher.isOutdated(former)).isTrue();
        assertThat(hasher.matches("a-long-enough-passphrase", former)).isTrue();
    }

    @Test
    void a_password_the_policy_refuses_is_never_hashed() {
        assertThatThrownBy(() -> hasher.hash("password123")).isInstanceOf(WeakPassword.class);
        assertThatThrownBy(() -> hasher.hash("short")).isInstanceOf(WeakPassword.class);
    }
}
