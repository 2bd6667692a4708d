package dev.ordo.notifications.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.testsupport.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** What every integration test of the service has at hand: the API, the world around it, the database. */
@NotificationsIntegrationTest
public abstract class IntegrationTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Autowired
    protected EventCodec codec;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;
    protected Others others;

    @BeforeEach
    void setUpWorld() {
        api = Api.on(port);
        others = new Others(kafka, codec, jdbc);
    }

    /** The person's inbox as the API answers it (first page, not archived). */
    protected List<JsonNode> inbox(Person person) {
        Api.Response r = api.get("/api/v1/notifications", person.token());
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.items();
    }

    /** Waits until the person has {@code count} notifications of {@code type} (in the app or not); returns them. */
    protected void awaitNotifications(Person person, String type, long count) {
        others.upstream()
                .awaitCount(
                        count,
                        "select count(*) from notification where recipient = :r and type = :t",
                        Map.of("r", person.id(), "t", type));
    }

    protected long notifications(Person person, String type) {
        return others.upstream()
                .count(
                        "select count(*) from notification where recipient = :r and type = :t",
                        Map.of("r", person.id(), "t", type));
    }

    /** Waits until the delivery of this notification on this channel reaches {@code status}. */
    protected void awaitDelivery(UUID notificationId, String channel, String status) {
        await("%s delivery of %s %s".formatted(channel, notificationId, status))
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select status from delivery where notification_id = :n and channel = :c")
                        .param("n", notificationId)
                        .param("c", channel)
                        .query(String.class)
                        .optional()
                        .filter(status::equals)
                        .isPresent());
    }

    /** The id of the person's only notification of {@code type}. */
    protected UUID notificationOf(Person person, String type) {
        return jdbc.sql("select id from notification where recipient = :r and type = :t")
                .param("r", person.id())
                .param("t", type)
                .query(UUID.class)
                .single();
    }
}
