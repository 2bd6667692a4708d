package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Kafka going away never fails a user's write and never loses an event. */
class KafkaOutageIT {

    @Test
    void registrations_succeed_while_kafka_is_down_and_audit_holds_each_exactly_once_when_it_is_back()
            throws Exception {
        OrdoSystem system = OrdoSystem.get();
        Api api = new Api(system.gatewayUrl());
        Users users = new Users(api);
        Users.SignedIn admin = users.admin();

        system.kafka().kill();
        List<UUID> registered = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                registered.add(users.register(Users.uniqueEmail("offline" + i), "Offline " + i));
            }
        } finally {
            system.kafka().start();
        }

        await("every registration reaches audit")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    for (UUID id : registered) {
                        Api.Response response =
                                api.get("/api/v1/audit/events?type=user.registered&entity=" + id, admin.accessToken());
                        assertThat(response.status()).as(response.body()).isEqualTo(200);
                        assertThat(response.json().get("items").size())
                                .as("events for " + id)
                                .isEqualTo(1);
                    }
                });
    }
}
