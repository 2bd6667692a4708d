package dev.ordo.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.notifications.delivery.Delivery;
import dev.ordo.notifications.delivery.DeliveryFailure;
import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.inbox.Subject;
import dev.ordo.notifications.live.LiveIntegrationTest;
import dev.ordo.notifications.live.TestVapid;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TestJwks;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LiveIntegrationTest
class PushIT {

    private static final PushReceiver PUSH_SERVICE = new PushReceiver();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PATH = "/api/v1/push-subscriptions";

    @LocalServerPort
    int port;

    @Autowired
    PushSender sender;

    @Autowired
    JdbcClient jdbc;

    private Api api;
    private UUID ada;
    private String token;

    @BeforeEach
    void someone() {
        api = Api.on(port);
        ada = UUID.randomUUID();
        token = TestJwks.get().tokenFor(ada, "user");
    }

    @AfterAll
    static void stopPushService() {
        PUSH_SERVICE.close();
    }

    @Test
    void aPushReachesTheBrowserEncryptedSoThatOnlyItsKeysReadTheMessage() throws Exception {
        Browser browser = new Browser();
        String endpoint = PUSH_SERVICE.endpoint();
        subscribe(endpoint, browser);
        Delivery delivery = delivery(ada, "task.assigned", "Buy milk");

        sender.send(delivery);

        PushReceiver.Received pushed = PUSH_SERVICE.receivedFor(endpoint).getFirst();
        assertThat(pushed.headers().getFirst("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(pushed.headers().getFirst("TTL")).isEqualTo("86400");
        assertThat(pushed.headers().getFirst("Authorization"))
                .startsWith("vapid t=")
                .endsWith("k=" + TestVapid.PUBLIC_KEY);
        assertThat(new String(pushed.body(), StandardCharsets.UTF_8)).doesNotContain("Buy milk");
        JsonNode message = JSON.readTree(browser.decrypt(pushed.body()));
        assertThat(message.get("title").asString()).isEqualTo("Buy milk");
        assertThat(message.get("body").asString()).isEqualTo("Bob assigned you a task");
        assertThat(message.get("url").asString())
                .isEqualTo("/projects/" + delivery.details().get("projectId") + "?task="
                        + delivery.subject().id());
        assertThat(message.get("notificationId").asString())
                .isEqualTo(delivery.notificationId().toString());
    }

    @Test
    void aPushIsWrittenInTheRecipientsLanguage() throws Exception {
        jdbc.sql("insert into user_replica (id, name, email, timezone, locale) values (:id, 'Jana', :email, "
                        + "'Europe/Berlin', 'de-CH')")
                .param("id", ada)
                .param("email", ada + "@example.test")
                .update();
        Browser browser = new Browser();
        String endpoint = PUSH_SERVICE.endpoint();
        subscribe(endpoint, browser);

        sender.send(delivery(ada, "task.assigned", "Milch kaufen"));
        sender.send(delivery(ada, "digest", "Milch kaufen"));

        var pushed = PUSH_SERVICE.receivedFor(endpoint);
        JsonNode assigned = JSON.readTree(browser.decrypt(pushed.get(0).body()));
        assertThat(assigned.get("title").asString()).isEqualTo("Milch kaufen");
        assertThat(assigned.get("body").asString()).isEqualTo("Bob hat dir eine Aufgabe zugewiesen");
        assertThat(JSON.readTree(browser.decrypt(pushed.get(1).body()))
                        .get("body")
                        .asString())
                .isEqualTo("Deine Aufgaben für heute");
    }

    @Test
    void aSubscriptionThePushServiceCallsGoneIsDeletedAndWithNoneLeftTheFailureIsPermanent() throws Exception {
        String endpoint = PUSH_SERVICE.endpoint();
        String id = subscribe(endpoint, new Browser()).id();
        PUSH_SERVICE.answer(endpoint, 410);

        assertThatThrownBy(() -> sender.send(delivery(ada, "reminder", "Call mum")))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.permanent()).isTrue());

        assertThat(jdbc.sql("select count(*) from push_subscription where id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPushServiceFailingIsAFailureToRetryAndKeepsTheSubscription() throws Exception {
        String endpoint = PUSH_SERVICE.endpoint();
        subscribe(endpoint, new Browser());
        PUSH_SERVICE.answer(endpoint, 500);

        assertThatThrownBy(() -> sender.send(delivery(ada, "reminder", "Call mum")))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.permanent()).isFalse());
        assertThat(api.get(PATH + "/vapid-public-key", token).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from push_subscription where endpoint = :e")
                        .param("e", endpoint)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void someoneWithoutSubscriptionsCannotBePushedTo() {
        assertThatThrownBy(() -> sender.send(delivery(UUID.randomUUID(), "reminder", "x")))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.permanent()).isTrue());
    }

    @Test
    void theVapidPublicKeyIsTheConfiguredOne() {
        Api.Response r = api.get(PATH + "/vapid-public-key", token);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.field("publicKey")).isEqualTo(TestVapid.PUBLIC_KEY);
    }

    @Test
    void subscribingTheSameEndpointAgainAnswersTheSameSubscription() throws Exception {
        String endpoint = PUSH_SERVICE.endpoint();
        Browser browser = new Browser();

        Api.Response first = subscribe(endpoint, browser);
        Api.Response again = subscribe(endpoint, browser);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.field("endpoint")).isEqualTo(endpoint);
        assertThat(first.header("Location")).contains(PATH + "/" + first.id());
    }

    @Test
    void onlyItsOwnerDeletesASubscription() throws Exception {
        String id = subscribe(PUSH_SERVICE.endpoint(), new Browser()).id();
        String stranger = TestJwks.get().tokenFor(UUID.randomUUID(), "user");

        assertThat(api.delete(PATH + "/" + id, stranger).status()).isEqualTo(404);
        assertThat(api.delete(PATH + "/" + id, token).status()).isEqualTo(204);
        assertThat(api.delete(PATH + "/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void keysThatAreNotAP256KeyAndA16ByteSecretAreRefused() throws Exception {
        Browser browser = new Browser();
        Map<String, Object> badKey =
                Map.of("endpoint", PUSH_SERVICE.endpoint(), "keys", Map.of("p256dh", "AAAA", "auth", browser.auth()));
        Map<String, Object> badAuth =
                Map.of("endpoint", PUSH_SERVICE.endpoint(), "keys", Map.of("p256dh", browser.p256dh(), "auth", "x"));
        Map<String, Object> noEndpoint = Map.of("keys", Map.of("p256dh", browser.p256dh(), "auth", browser.auth()));

        for (Map<String, Object> body : java.util.List.of(badKey, badAuth, noEndpoint)) {
            Api.Response r = api.post(PATH, token, body);
            assertThat(r.status()).as("%s", r).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
    }

    private Api.Response subscribe(String endpoint, Browser browser) {
        Api.Response r = api.post(
                PATH,
                token,
                Map.of("endpoint", endpoint, "keys", Map.of("p256dh", browser.p256dh(), "auth", browser.auth())));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r;
    }

    private static Delivery delivery(UUID recipient, String type, String title) {
        return new Delivery(
                UUID.randomUUID(),
                Channel.PUSH,
                1,
                UUID.randomUUID(),
                recipient,
                type,
                UUID.randomUUID(),
                "Bob",
                new Subject("task", UUID.randomUUID(), title),
                Map.of("projectId", UUID.randomUUID().toString()),
                Instant.now());
    }
}
