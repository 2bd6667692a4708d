package dev.ordo.identity.ownership;

import static dev.ordo.identity.ownership.EmailVerificationTest.assertInvalidToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.Topics;
import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.identity.support.Mailbox;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IdentityIntegrationTest
class PasswordResetTest {

    static final String SUBJECT = "Reset your Ordo password";

    @LocalServerPort
    int port;

    @Value("${spring.embedded.kafka.brokers}")
    String kafka;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Accounts accounts;

    @BeforeEach
    void newClient() {
        api = Api.fromOwnAddress(port);
        accounts = new Accounts(api);
    }

    @Test
    void asking_answers_the_same_whether_or_not_an_account_has_the_address_and_mails_only_real_accounts() {
        Accounts.Account account = accounts.register();
        String nobody = Accounts.uniqueEmail();

        Api.Response known = api.post(
                "/api/v1/auth/password-reset",
                null,
                Map.of("email", " " + account.email().toUpperCase()));
        Api.Response unknown = api.post("/api/v1/auth/password-reset", null, Map.of("email", nobody));

        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(unknown.contentType()).isEqualTo(known.contentType());
        Mailbox.Received mail = Mailbox.awaitMail(account.email(), SUBJECT);
        assertThat(mail.html()).contains(Mailbox.APP_URL + "/reset-password?token=" + mail.tokenOf("/reset-password"));
        assertThat(mail.text()).contains("1 hour");
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to")
                        .param("to", nobody)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(Mailbox.mailsTo(nobody, "")).isEmpty();
    }

    @Test
    void following_the_link_sets_the_password_and_ends_every_session_of_the_account() {
        Accounts.Account account = accounts.register();
        Accounts.Session phone = accounts.login(account);
        Accounts.Session laptop = accounts.login(account);
        api.post("/api/v1/auth/password-reset", null, Map.of("email", account.email()));
        String token = Mailbox.awaitMail(account.email(), SUBJECT).tokenOf("/reset-password");

        Api.Response reset = api.post(
                "/api/v1/auth/password-reset/confirm",
                null,
                Map.of("token", token, "newPassword", "a brand new secret"));

        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", phone.refreshToken()))
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", laptop.refreshToken()))
                        .status())
                .isEqualTo(401);
        assertThat(api.post(
                                "/api/v1/auth/login",
                                null,
                                Map.of("email", account.email(), "password", account.password()))
                        .status())
                .isEqualTo(401);
        accounts.login(account.email(), "a brand new secret");
        try (TopicProbe topic = new TopicProbe(kafka, Topics.IDENTITY_USER)) {
            topic.awaitEvent("user.password-changed", account.id().toString());
        }
    }

    @Test
    void a_reset_link_works_once_and_using_one_spends_the_others() {
        Accounts.Account account = accounts.register();
        api.post("/api/v1/auth/password-reset", null, Map.of("email", account.email()));
        api.post("/api/v1/auth/password-reset", null, Map.of("email", account.email()));
        var mails = Mailbox.awaitMails(account.email(), SUBJECT, 2);
        String first = mails.get(0).tokenOf("/reset-password");
        String second = mails.get(1).tokenOf("/reset-password");

        assertThat(api.post(
                                "/api/v1/auth/password-reset/confirm",
                                null,
                                Map.of("token", second, "newPassword", "secret number one"))
                        .status())
                .isEqualTo(204);

        assertInvalidToken(api.post(
                "/api/v1/auth/password-reset/confirm",
                null,
                Map.of("token", second, "newPassword", "secret number two")));
        assertInvalidToken(api.post(
                "/api/v1/auth/password-reset/confirm",
                null,
                Map.of("token", first, "newPassword", "secret number two")));
        accounts.login(account.email(), "secret number one");
    }

    @Test
    void a_reset_link_older_than_an_hour_is_refused() {
        Accounts.Account account = accounts.register();
        api.post("/api/v1/auth/password-reset", null, Map.of("email", account.email()));
        String token = Mailbox.awaitMail(account.email(), SUBJECT).tokenOf("/reset-password");
        long hoursValid =
                jdbc.sql("""
                        select round(extract(epoch from expires_at - created_at) / 3600) from one_time_token
                        where user_id = :id and purpose = 'reset-password'""").param("id", account.id()).query(Long.class).single();
        assertThat(hoursValid).isEqualTo(1);
        jdbc.sql("update one_time_token set expires_at = now() - interval '1 second' where user_id = :id")
                .param("id", account.id())
                .update();

        assertInvalidToken(api.post(
                "/api/v1/auth/password-reset/confirm",
                null,
                Map.of("token", token, "newPassword", "too late a secret")));
        accounts.login(account);
    }

    @Test
    void a_new_password_that_breaks_the_rules_is_a_400_and_the_link_still_works() {
        Accounts.Account account = accounts.register();
        api.post("/api/v1/auth/password-reset", null, Map.of("email", account.email()));
        String token = Mailbox.awaitMail(account.email(), SUBJECT).tokenOf("/reset-password");

        Api.Response tooShort =
                api.post("/api/v1/auth/password-reset/confirm", null, Map.of("token", token, "newPassword", "short"));

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").values())
                .extracting(e -> e.get("field").asString())
                .containsExactly("newPassword");
        assertThat(api.post(
                                "/api/v1/auth/password-reset/confirm",
                                null,
                                Map.of("token", token, "newPassword", "long enough now"))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void a_reset_proves_the_address_of_an_unverified_account() {
        Accounts.Account account = accounts.registerUnverified();
        api.post("/api/v1/auth/password-reset", null, Map.of("email", account.email()));
        String token = Mailbox.awaitMail(account.email(), SUBJECT).tokenOf("/reset-password");

        api.post("/api/v1/auth/password-reset/confirm", null, Map.of("token", token, "newPassword", "proved by reset"));

        String session = accounts.login(account.email(), "proved by reset").accessToken();
        assertThat(api.get("/api/v1/users/me", session)
                        .json()
                        .get("emailVerified")
                        .asBoolean())
                .isTrue();
        try (TopicProbe topic = new TopicProbe(kafka, Topics.IDENTITY_USER)) {
            topic.awaitEvent("user.email-verified", account.id().toString());
        }
    }

    @Test
    void asking_is_limited_to_three_an_hour_per_address_known_or_not_whoever_asks() {
        String nobody = Accounts.uniqueEmail();
        for (int i = 0; i < 3; i++) {
            assertThat(Api.fromOwnAddress(port)
                            .post("/api/v1/auth/password-reset", null, Map.of("email", nobody))
                            .status())
                    .isEqualTo(202);
        }

        Api.Response fourth =
                Api.fromOwnAddress(port).post("/api/v1/auth/password-reset", null, Map.of("email", nobody));

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).isPresent();
    }

    @Test
    void asking_is_limited_to_ten_an_hour_per_client_address() {
        for (int i = 0; i < 10; i++) {
            assertThat(api.post("/api/v1/auth/password-reset", null, Map.of("email", Accounts.uniqueEmail()))
                            .status())
                    .isEqualTo(202);
        }

        Api.Response eleventh = api.post("/api/v1/auth/password-reset", null, Map.of("email", Accounts.uniqueEmail()));

        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.contentType()).startsWith("application/problem+json");
    }
}
