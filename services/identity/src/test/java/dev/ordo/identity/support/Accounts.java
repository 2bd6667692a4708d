package dev.ordo.identity.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.testsupport.Api;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Fresh accounts and sessions, so a test says what it checks rather than how it got there. */
public final class Accounts {

    public static final String VERIFY_SUBJECT = "Confirm your email address";

    private final Api api;

    public Accounts(Api api) {
        this.api = api;
    }

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    }

    /** A fresh account that has verified its address (by following the link in the mail it got). */
    public Account register() {
        return register(uniqueEmail());
    }

    public Account register(String email) {
        Account account = registerUnverified(email);
        verify(account);
        return account;
    }

    public Account registerUnverified() {
        return registerUnverified(uniqueEmail());
    }

    /** Follows the verify-email link mailed to the account at registration. */
    public void verify(Account account) {
        String token = Mailbox.awaitMail(account.email(), VERIFY_SUBJECT).tokenOf("/verify-email");
        Api.Response response = api.post("/api/v1/auth/verify-email", null, Map.of("token", token));
        assertThat(response.status())
                .as("verification of %s: %s", account.email(), response)
                .isEqualTo(204);
    }

    public Account registerUnverified(String email) {
        String password = "pw-" + UUID.randomUUID();
        Api.Response response = api.post(
                "/api/v1/auth/register", null, Map.of("email", email, "password", password, "name", "Test User"));
        assertThat(response.status())
                .as("registration of %s: %s", email, response)
                .isEqualTo(201);
        JsonNode user = response.json();
        return new Account(
                UUID.fromString(user.get("id").asString()), user.get("email").asString(), password);
    }

    public Session login(Account account) {
        return login(account.email(), account.password());
    }

    public Session login(String email, String password) {
        Api.Response response = api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
        assertThat(response.status()).as("login: %s", response).isEqualTo(200);
        return Session.of(response.json());
    }

    public Session refresh(String refreshToken) {
        Api.Response response = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken));
        assertThat(response.status()).as("refresh: %s", response).isEqualTo(200);
        return Session.of(response.json());
    }

    public record Account(UUID id, String email, String password) {}

    public record Session(String accessToken, String refreshToken) {
        static Session of(JsonNode tokens) {
            return new Session(
                    tokens.get("accessToken").asString(),
                    tokens.get("refreshToken").asString());
        }
    }
}
