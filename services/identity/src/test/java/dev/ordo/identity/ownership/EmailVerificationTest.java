package dev.ordo.identity.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.Topics;
import dev.ordo.contracts.identity.grpc.FindUsersByEmailRequest;
import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.Directory;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.identity.support.Jwts;
import dev.ordo.identity.support.Mailbox;
import dev.ordo.identity.support.ServiceCredentials;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IdentityIntegrationTest
class EmailVerificationTest {

    static final String INVALID_TOKEN = "https://ordo.dev/problems/invalid-token";

    @LocalServerPort
    int port;

    @LocalGrpcPort
    int grpcPort;

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
    void registering_mails_a_verify_email_link_as_text_and_html_and_following_it_verifies_the_address()
            throws Exception {
        String email = Accounts.uniqueEmail();
        Api.Response registered = api.post(
                "/api/v1/auth/register",
                null,
                Map.of("email", email, "password", "s3cret-enough", "name", "<b>Ann & Co</b>"));
        assertThat(registered.status()).isEqualTo(201);
        String userId = registered.json().get("id").asString();
        String before = accounts.login(email, "s3cret-enough").accessToken();
        assertThat(api.get("/api/v1/users/me", before)
                        .json()
                        .get("emailVerified")
                        .asBoolean())
                .isFalse();
        assertThat(Jwts.claims(before).get("email_verified").asBoolean()).isFalse();

        Mailbox.Received mail = Mailbox.awaitMail(email, "Confirm your email address");
        assertThat(mail.from()).isEqualTo("Ordo <no-reply@ordo.local>");
        String token = mail.tokenOf("/verify-email");
        assertThat(mail.html())
                .contains(Mailbox.APP_URL + "/verify-email?token=" + token)
                .contains("Hi &lt;b&gt;Ann &amp; Co&lt;/b&gt;,")
                .doesNotContain("<b>Ann");
        assertThat(mail.text()).contains("Hi <b>Ann & Co</b>,").contains("24 hours");
        // 256 random bits, and only their SHA-256 is stored
        assertThat(token).hasSize(43);
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        assertThat(jdbc.sql("select token_hash from one_time_token where user_id = :id")
                        .param("id", java.util.UUID.fromString(userId))
                        .query(String.class)
                        .list())
                .containsExactly(sha256);

        Api.Response verified = api.post("/api/v1/auth/verify-email", null, Map.of("token", token));

        assertThat(verified.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/me", before)
                        .json()
                        .get("emailVerified")
                        .asBoolean())
                .isTrue();
        String after = accounts.login(email, "s3cret-enough").accessToken();
        assertThat(Jwts.claims(after).get("email_verified").asBoolean()).isTrue();
        try (TopicProbe topic = new TopicProbe(kafka, Topics.IDENTITY_USER)) {
            JsonNode event = TopicProbe.json(topic.awaitEvent("user.email-verified", userId));
            assertThat(event.get("actor").asString()).isEqualTo(userId);
            assertThat(event.get("data").get("email").asString()).isEqualTo(email);
        }
    }

    @Test
    void a_verify_email_link_works_once() {
        Accounts.Account account = accounts.registerUnverified();
        String token =
                Mailbox.awaitMail(account.email(), Accounts.VERIFY_SUBJECT).tokenOf("/verify-email");
        assertThat(api.post("/api/v1/auth/verify-email", null, Map.of("token", token))
                        .status())
                .isEqualTo(204);

        Api.Response again = api.post("/api/v1/auth/verify-email", null, Map.of("token", token));

        assertInvalidToken(again);
    }

    @Test
    void a_verify_email_link_older_than_24_hours_is_refused() {
        Accounts.Account account = accounts.registerUnverified();
        String token =
                Mailbox.awaitMail(account.email(), Accounts.VERIFY_SUBJECT).tokenOf("/verify-email");
        jdbc.sql("update one_time_token set expires_at = now() - interval '1 second' where user_id = :id")
                .param("id", account.id())
                .update();

        assertInvalidToken(api.post("/api/v1/auth/verify-email", null, Map.of("token", token)));
        String session = accounts.login(account).accessToken();
        assertThat(api.get("/api/v1/users/me", session)
                        .json()
                        .get("emailVerified")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void unknown_malformed_and_other_purpose_tokens_are_400_invalid_token_problems() {
        assertInvalidToken(api.post("/api/v1/auth/verify-email", null, Map.of("token", "A".repeat(43))));
        assertInvalidToken(api.post("/api/v1/auth/verify-email", null, Map.of("token", "not a token")));
        Accounts.Account account = accounts.register();
        api.post("/api/v1/auth/password-reset", null, Map.of("email", account.email()));
        String resetToken =
                Mailbox.awaitMail(account.email(), "Reset your Ordo password").tokenOf("/reset-password");
        assertInvalidToken(api.post("/api/v1/auth/verify-email", null, Map.of("token", resetToken)));
        assertThat(api.post("/api/v1/auth/verify-email", null, Map.of("token", ""))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void a_signed_in_unverified_user_can_have_the_link_sent_again_three_times_an_hour() {
        Accounts.Account account = accounts.registerUnverified();
        String session = accounts.login(account).accessToken();
        Mailbox.awaitMail(account.email(), Accounts.VERIFY_SUBJECT);

        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/auth/resend-verification", session, Map.of())
                            .status())
                    .isEqualTo(202);
        }
        Api.Response fourth = api.post("/api/v1/auth/resend-verification", session, Map.of());

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(Long.parseLong(fourth.header("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        List<Mailbox.Received> mails = Mailbox.awaitMails(account.email(), Accounts.VERIFY_SUBJECT, 4);
        assertThat(mails).hasSize(4);
        String latest = mails.getLast().tokenOf("/verify-email");
        assertThat(mails.stream().map(m -> m.tokenOf("/verify-email")).distinct())
                .hasSize(4);
        assertThat(api.post("/api/v1/auth/verify-email", null, Map.of("token", latest))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void asking_again_once_verified_is_a_409_email_already_verified_problem_and_needs_a_token() {
        Accounts.Account account = accounts.register();
        String session = accounts.login(account).accessToken();

        Api.Response response = api.post("/api/v1/auth/resend-verification", session, Map.of());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString())
                .isEqualTo("https://ordo.dev/problems/email-already-verified");
        assertThat(api.post("/api/v1/auth/resend-verification", null, Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    void registration_succeeds_while_the_smtp_server_is_down_and_the_mail_arrives_once_it_is_back() {
        String email = Accounts.uniqueEmail();
        Mailbox.stopServer();
        try {
            Api.Response registered = api.post(
                    "/api/v1/auth/register",
                    null,
                    Map.of("email", email, "password", "s3cret-enough", "name", "Patient"));
            assertThat(registered.status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.sql(
                                            "select count(*) from mail_outbox where recipient = :to and attempts >= 1 and last_error is not null")
                                    .param("to", email)
                                    .query(Long.class)
                                    .single()
                            == 1);
        } finally {
            Mailbox.startServer();
        }

        Mailbox.Received mail = Mailbox.awaitMail(email, Accounts.VERIFY_SUBJECT);

        assertThat(api.post("/api/v1/auth/verify-email", null, Map.of("token", mail.tokenOf("/verify-email")))
                        .status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from mail_outbox where recipient = :to")
                                .param("to", email)
                                .query(Long.class)
                                .single()
                        == 0);
    }

    @Test
    void a_registration_that_fails_queues_no_mail_and_no_token() {
        Accounts.Account account = accounts.registerUnverified();

        Api.Response twin = api.post(
                "/api/v1/auth/register",
                null,
                Map.of("email", account.email(), "password", "s3cret-enough", "name", "Twin"));

        assertThat(twin.status()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from one_time_token where email = :email")
                        .param("email", account.email())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :email and html_body like '%Twin%'")
                        .param("email", account.email())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(Mailbox.awaitMail(account.email(), Accounts.VERIFY_SUBJECT).text())
                .contains("Hi Test User,");
    }

    @Test
    void the_user_directory_does_not_find_an_account_until_it_is_verified() throws InterruptedException {
        Accounts.Account account = accounts.registerUnverified();
        String caller = ServiceCredentials.projectsToken(port);
        try (Directory directory = Directory.on(grpcPort)) {
            FindUsersByEmailRequest request = FindUsersByEmailRequest.newBuilder()
                    .addEmails(account.email())
                    .build();
            assertThat(directory.as(caller).findUsersByEmail(request).getUsersList())
                    .isEmpty();

            accounts.verify(account);

            assertThat(directory.as(caller).findUsersByEmail(request).getUsersList())
                    .hasSize(1);
        }
    }

    @Test
    void user_registered_and_user_updated_carry_whether_the_address_is_verified() {
        Accounts.Account account = accounts.register();
        String session = accounts.login(account).accessToken();
        assertThat(api.patch("/api/v1/users/me", session, Map.of("name", "Renamed"))
                        .status())
                .isEqualTo(200);

        try (TopicProbe topic = new TopicProbe(kafka, Topics.IDENTITY_USER)) {
            List<JsonNode> events = topic.awaitEventsOf(account.id().toString(), "user.updated").stream()
                    .filter(e -> !e.get("type").asString().equals("user.logged-in"))
                    .toList();
            assertThat(events)
                    .extracting(e -> e.get("type").asString())
                    .containsExactly("user.registered", "user.email-verified", "user.updated");
            assertThat(events.getFirst().get("data").get("emailVerified").asBoolean())
                    .isFalse();
            assertThat(events.getLast().get("data").get("emailVerified").asBoolean())
                    .isTrue();
        }
    }

    static void assertInvalidToken(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo(INVALID_TOKEN);
    }
}
