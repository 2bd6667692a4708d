package dev.ordo.identity.password;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.testsupport.Api;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

@IdentityIntegrationTest
class RehashTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_hash_made_with_the_former_parameters_is_replaced_at_the_next_sign_in_and_the_password_still_works() {
        Api api = Api.fromOwnAddress(port);
        Accounts accounts = new Accounts(api);
        Accounts.Account account = accounts.register();
        String former = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(account.password());
        jdbc.sql("update users set password_hash = :hash where id = :id")
                .param("hash", former)
                .param("id", account.id())
                .update();
        long version = versionOf(account.id());

        accounts.login(account);

        assertThat(hashOf(account.id()))
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                .isNotEqualTo(former);
        assertThat(versionOf(account.id())).as("not a change of the profile").isEqualTo(version);
        accounts.login(account);
    }

    @Test
    void a_current_hash_is_left_as_it_is() {
        Accounts accounts = new Accounts(Api.fromOwnAddress(port));
        Accounts.Account account = accounts.register();
        String hash = hashOf(account.id());

        accounts.login(account);

        assertThat(hashOf(account.id())).isEqualTo(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    private String hashOf(UUID id) {
        return jdbc.sql("select password_hash from users where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long versionOf(UUID id) {
        return jdbc.sql("select version from users where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
