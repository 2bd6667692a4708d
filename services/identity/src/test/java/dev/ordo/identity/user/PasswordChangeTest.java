package dev.ordo.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.testsupport.Api;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IdentityIntegrationTest
class PasswordChangeTest {

    @LocalServerPort
    int port;

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
    void a_password_change_answers_204_and_ends_every_session_of_the_user() {
        Accounts.Session laptop = accounts.login(account);
        Accounts.Session phone = accounts.refresh(accounts.login(account).refreshToken());

        Api.Response change = api.post(
                "/api/v1/users/me/password",
                laptop.accessToken(),
                Map.of("currentPassword", account.password(), "newPassword", "a-brand-new-password"));

        assertThat(change.status()).isEqualTo(204);
        assertThat(refresh(laptop.refreshToken()).status()).isEqualTo(401);
        assertThat(refresh(phone.refreshToken()).status()).isEqualTo(401);
        assertThat(login(account.password()).status()).isEqualTo(401);
        assertThat(login("a-brand-new-password").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from outbox_event where event_key = :user and event_type = :type")
                        .param("user", account.id().toString())
                        .param("type", "user.password-changed")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_wrong_current_password_is_a_400_problem_and_changes_nothing() {
        Accounts.Session session = accounts.login(account);

        Api.Response change = api.post(
                "/api/v1/users/me/password",
                session.accessToken(),
                Map.of("currentPassword", "not-it-at-all", "newPassword", "a-brand-new-password"));

        assertThat(change.status()).isEqualTo(400);
        assertThat(change.contentType()).startsWith("application/problem+json");
        assertThat(refresh(session.refreshToken()).status()).isEqualTo(200);
        assertThat(login(account.password()).status()).isEqualTo(200);
    }

    @Test
    void a_new_password_shorter_than_8_characters_is_a_weak_password_problem_naming_the_rule() {
        Accounts.Session session = accounts.login(account);

        Api.Response change = api.post(
                "/api/v1/users/me/password",
                session.accessToken(),
                Map.of("currentPassword", account.password(), "newPassword", "short"));

        assertThat(change.status()).isEqualTo(400);
        assertThat(change.json().get("type").asString()).isEqualTo("https://ordo.dev/problems/weak-password");
        assertThat(change.json().get("rule").asString()).isEqualTo("min-length");
        assertThat(login(account.password()).status()).isEqualTo(200);
    }

    @Test
    void changing_the_password_needs_an_access_token() {
        Api.Response change = api.post(
                "/api/v1/users/me/password",
                null,
                Map.of("currentPassword", account.password(), "newPassword", "a-brand-new-password"));

        assertThat(change.status()).isEqualTo(401);
    }

    private Api.Response refresh(String token) {
        return api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", token));
    }

    private Api.Response login(String password) {
        return api.post("/api/v1/auth/login", null, Map.of("email", account.email(), "password", password));
    }
}
