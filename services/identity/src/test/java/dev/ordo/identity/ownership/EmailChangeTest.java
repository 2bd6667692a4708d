package dev.ordo.identity.ownership;

import static dev.ordo.identity.ownership.EmailVerificationTest.assertInvalidToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.Topics;
import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.identity.support.Jwts;
import dev.ordo.identity.support.Mailbox;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IdentityIntegrationTest
class EmailChangeTest {

    static final String CONFIRM_SUBJECT = "Confirm your new email address";

    @LocalServerPort
    int port;

    @Value("${spring.embedded.kafka.brokers}")
    String kafka;

    Api api;
    Accounts accounts;
    Accounts.Account account;
    String session;

    @BeforeEach
    void signedIn() {
        api = Api.fromOwnAddress(port);
        accounts = new Accounts(api);
        account = accounts.register();
        session = accounts.login(account).accessToken();
    }

    @Test
    void the_address_changes_only_when_the_link_mailed_to_the_new_address_is_followed_and_the_old_one_is_told() {
        String newEmail = Accounts.uniqueEmail();

        Api.Response asked = api.post(
                "/api/v1/users/me/email",
                session,
                Map.of("newEmail", " " + newEmail.toUpperCase(), "password", account.password()));

        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(api.get("/api/v1/users/me", session).json().get("email").asString())
                .isEqualTo(account.email());
        Mailbox.Received mail = Mailbox.awaitMail(newEmail, CONFIRM_SUBJECT);
        String token = mail.tokenOf("/confirm-email");
        assertThat(mail.html()).contains(Mailbox.APP_URL + "/confirm-email?token=" + token);

        // public: the link may be opened in a browser where nobody is signed in
        Api.Response confirmed =
                Api.fromOwnAddress(port).post("/api/v1/auth/email-change/confirm", null, Map.of("token", token));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        JsonNode me = api.get("/api/v1/users/me", session).json();
        assertThat(me.get("email").asString()).isEqualTo(newEmail);
        assertThat(me.get("emailVerified").asBoolean()).isTrue();
        Mailbox.Received notice = Mailbox.awaitMail(account.email(), "Your Ordo email address was changed");
        assertThat(notice.text()).contains(newEmail);
        assertThat(notice.html()).contains(newEmail);
        assertThat(api.post(
                                "/api/v1/auth/login",
                                null,
                                Map.of("email", account.email(), "password", account.password()))
                        .status())
                .isEqualTo(401);
        String fresh = accounts.login(newEmail, account.password()).accessToken();
        assertThat(Jwts.claims(fresh).get("email").asString()).isEqualTo(newEmail);
        assertThat(Jwts.claims(fresh).get("email_verified").asBoolean()).isTrue();
        try (TopicProbe topic = new TopicProbe(kafka, Topics.IDENTITY_USER)) {
            JsonNode event = TopicProbe.json(
                    topic.awaitEvent("user.email-changed", account.id().toString()));
            assertThat(event.get("data").get("previousEmail").asString()).isEqualTo(account.email());
            assertThat(event.get("data").get("email").asString()).isEqualTo(newEmail);
        }
    }

    @Test
    void links_mailed_to_the_old_address_stop_working_once_the_address_changed() {
        Accounts.Account unverified = accounts.registerUnverified();
        String unverifiedSession = accounts.login(unverified).accessToken();
        String verifyOld =
                Mailbox.awaitMail(unverified.email(), Accounts.VERIFY_SUBJECT).tokenOf("/verify-email");
        String newEmail = Accounts.uniqueEmail();
        api.post(
                "/api/v1/users/me/email",
                unverifiedSession,
                Map.of("newEmail", newEmail, "password", unverified.password()));
        String confirm = Mailbox.awaitMail(newEmail, CONFIRM_SUBJECT).tokenOf("/confirm-email");

        assertThat(api.post("/api/v1/auth/email-change/confirm", null, Map.of("token", confirm))
                        .status())
                .isEqualTo(204);

        assertInvalidToken(api.post("/api/v1/auth/verify-email", null, Map.of("token", verifyOld)));
        assertThat(api.get("/api/v1/users/me", unverifiedSession)
                        .json()
                        .get("emailVerified")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void a_confirm_email_link_works_once() {
        String newEmail = Accounts.uniqueEmail();
        api.post("/api/v1/users/me/email", session, Map.of("newEmail", newEmail, "password", account.password()));
        String token = Mailbox.awaitMail(newEmail, CONFIRM_SUBJECT).tokenOf("/confirm-email");
        assertThat(api.post("/api/v1/auth/email-change/confirm", null, Map.of("token", token))
                        .status())
                .isEqualTo(204);

        assertInvalidToken(api.post("/api/v1/auth/email-change/confirm", null, Map.of("token", token)));
        assertInvalidToken(api.post("/api/v1/auth/email-change/confirm", null, Map.of("token", "B".repeat(43))));
    }

    @Test
    void a_wrong_password_is_a_400_and_nothing_is_mailed() {
        String newEmail = Accounts.uniqueEmail();

        Api.Response response = api.post(
                "/api/v1/users/me/email", session, Map.of("newEmail", newEmail, "password", "not my password"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("password");
        assertThat(api.post(
                                "/api/v1/users/me/email",
                                session,
                                Map.of("newEmail", newEmail + ".other", "password", account.password()))
                        .status())
                .isEqualTo(202);
        Mailbox.awaitMail(newEmail + ".other", CONFIRM_SUBJECT);
        assertThat(Mailbox.mailsTo(newEmail, CONFIRM_SUBJECT)).isEmpty();
    }

    @Test
    void an_address_another_account_has_is_a_409_and_my_own_address_a_400() {
        Accounts.Account other = accounts.registerUnverified();

        Api.Response taken = api.post(
                "/api/v1/users/me/email", session, Map.of("newEmail", other.email(), "password", account.password()));
        Api.Response mine = api.post(
                "/api/v1/users/me/email", session, Map.of("newEmail", account.email(), "password", account.password()));
        Api.Response malformed = api.post(
                "/api/v1/users/me/email",
                session,
                Map.of("newEmail", "not-an-address", "password", account.password()));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(mine.status()).isEqualTo(400);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/users/me/email", null, Map.of("newEmail", Accounts.uniqueEmail(), "password", "x"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void an_address_taken_before_the_link_is_followed_is_a_409_and_nothing_changes() {
        String newEmail = Accounts.uniqueEmail();
        api.post("/api/v1/users/me/email", session, Map.of("newEmail", newEmail, "password", account.password()));
        String token = Mailbox.awaitMail(newEmail, CONFIRM_SUBJECT).tokenOf("/confirm-email");
        accounts.registerUnverified(newEmail);

        assertThat(api.post("/api/v1/auth/email-change/confirm", null, Map.of("token", token))
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/users/me", session).json().get("email").asString())
                .isEqualTo(account.email());
    }
}
