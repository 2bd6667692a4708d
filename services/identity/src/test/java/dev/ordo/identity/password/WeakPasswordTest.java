package dev.ordo.identity.password;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.testsupport.Api;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The password policy where passwords are set, answered as a weak-password problem naming the rule. */
@IdentityIntegrationTest
class WeakPasswordTest {

    @LocalServerPort
    int port;

    Api api;
    Accounts accounts;

    @BeforeEach
    void newClient() {
        api = Api.fromOwnAddress(port);
        accounts = new Accounts(api);
    }

    @Test
    void registering_with_a_commonly_breached_password_is_refused_and_creates_no_account() {
        String email = Accounts.uniqueEmail();

        Api.Response refused = api.post(
                "/api/v1/auth/register", null, Map.of("email", email, "password", "Password123", "name", "Ann"));

        assertWeakPassword(refused, "not-commonly-used");
        assertThat(api.post(
                                "/api/v1/auth/register",
                                null,
                                Map.of("email", email, "password", "my own long passphrase", "name", "Ann"))
                        .status())
                .as("the address is still free")
                .isEqualTo(201);
    }

    @Test
    void registering_with_a_password_of_only_spaces_is_refused() {
        Api.Response refused = api.post(
                "/api/v1/auth/register",
                null,
                Map.of("email", Accounts.uniqueEmail(), "password", " ".repeat(10), "name", "Ann"));

        assertWeakPassword(refused, "not-only-whitespace");
    }

    @Test
    void changing_to_a_commonly_breached_password_is_refused_and_the_old_one_still_works() {
        Accounts.Account account = accounts.register();
        Accounts.Session session = accounts.login(account);

        Api.Response refused = api.post(
                "/api/v1/users/me/password",
                session.accessToken(),
                Map.of("currentPassword", account.password(), "newPassword", "iloveyou1"));

        assertWeakPassword(refused, "not-commonly-used");
        accounts.login(account);
    }

    private static void assertWeakPassword(Api.Response response, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://ordo.dev/problems/weak-password");
        assertThat(response.json().get("title").asString()).isEqualTo("Weak password");
        assertThat(response.json().get("rule").asString()).isEqualTo(rule);
        assertThat(response.json().get("requestId"))
                .as("the platform's request id")
                .isNotNull();
    }
}
