package dev.ordo.identity.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.ordo.contracts.events.Topics;
import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IdentityIntegrationTest
class LoginTest {

    @LocalServerPort
    int port;

    @Value("${spring.embedded.kafka.brokers}")
    String kafka;

    Api api;
    Accounts accounts;

    @BeforeEach
    void newClient() {
        api = Api.fromOwnAddress(port);
        accounts = new Accounts(api);
    }

    @Test
    void login_answers_a_bearer_access_token_and_a_refresh_token() throws Exception {
        Accounts.Account account = accounts.register();

        Api.Response response = api.post(
                "/api/v1/auth/login",
                null,
                Map.of("email", " " + account.email().toUpperCase(), "password", account.password()));

        assertThat(response.status()).isEqualTo(200);
        JsonNode tokens = response.json();
        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isEqualTo(900);
        assertThat(tokens.get("refreshToken").asString()).matches("[A-Za-z0-9_-]{43}");

        SignedJWT jwt = SignedJWT.parse(tokens.get("accessToken").asString());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("ordo-identity");
        assertThat(claims.getAudience()).containsExactly("ordo-api");
        assertThat(claims.getSubject()).isEqualTo(account.id().toString());
        assertThat(claims.getStringClaim("email")).isEqualTo(account.email());
        assertThat(claims.getStringClaim("name")).isEqualTo("Test User");
        assertThat(claims.getStringListClaim("roles")).containsExactly("user");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
                .isEqualTo(900_000);
    }

    @Test
    void the_access_token_opens_the_callers_own_profile() {
        Accounts.Account account = accounts.register();
        Accounts.Session session = accounts.login(account);

        Api.Response me = api.get("/api/v1/users/me", session.accessToken());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo(account.id().toString());
    }

    @Test
    void a_wrong_password_and_an_unknown_address_get_the_same_401_problem() {
        Accounts.Account account = accounts.register();

        Api.Response wrongPassword =
                api.post("/api/v1/auth/login", null, Map.of("email", account.email(), "password", "not-the-password"));
        Api.Response unknownEmail = api.post(
                "/api/v1/auth/login", null, Map.of("email", Accounts.uniqueEmail(), "password", "not-the-password"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.json().get("detail"))
                .isEqualTo(unknownEmail.json().get("detail"));
    }

    @Test
    void a_wrong_password_publishes_user_login_failed_with_the_client_address() {
        Accounts.Account account = accounts.register();

        api.post("/api/v1/auth/login", null, Map.of("email", account.email(), "password", "not-the-password"));

        try (TopicProbe topic = new TopicProbe(kafka, Topics.IDENTITY_USER)) {
            JsonNode event = TopicProbe.json(
                    topic.awaitEvent("user.login-failed", account.id().toString()));
            assertThat(event.get("actor").asString()).isEqualTo(account.id().toString());
            assertThat(event.at("/data/userId").asString())
                    .isEqualTo(account.id().toString());
            assertThat(event.at("/data/ip").asString()).isEqualTo(api.clientIp());
            assertThat(event.at("/data/reason").asString()).isEqualTo("wrong-password");
        }
    }

    @Test
    void a_successful_login_publishes_user_logged_in_with_the_client_address() {
        Accounts.Account account = accounts.register();
        accounts.login(account);

        try (TopicProbe topic = new TopicProbe(kafka, Topics.IDENTITY_USER)) {
            JsonNode event = TopicProbe.json(
                    topic.awaitEvent("user.logged-in", account.id().toString()));
            assertThat(event.at("/data/ip").asString()).isEqualTo(api.clientIp());
        }
    }

    @Test
    void too_many_attempts_from_one_client_address_answer_429_while_other_addresses_go_on() {
        for (int i = 0; i < 8; i++) { // the test limit: 8 attempts per address and minute
            assertThat(api.post(
                                    "/api/v1/auth/login",
                                    null,
                                    Map.of("email", Accounts.uniqueEmail(), "password", "whatever"))
                            .status())
                    .isEqualTo(401);
        }

        Api.Response blocked =
                api.post("/api/v1/auth/login", null, Map.of("email", Accounts.uniqueEmail(), "password", "x"));
        Api.Response otherAddress = Api.fromOwnAddress(port)
                .post("/api/v1/auth/login", null, Map.of("email", Accounts.uniqueEmail(), "password", "x"));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(otherAddress.status()).isEqualTo(401);
    }
}
