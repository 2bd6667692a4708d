package dev.ordo.notifications.delivery;

import dev.ordo.notifications.inbox.Channel;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code ordo.notifications.deliveries} counted by channel and outcome (sent, failed: to retry, parked). */
final class DeliveryMeters {

    private final MeterRegistry registry;

    DeliveryMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void sent(Channel channel) {
        count(channel, "sent");
    }

    void failed(Channel channel) {
        count(channel, "failed");
    }

    void parked(Channel channel) {
        count(channel, "parked");
    }

    private void count(Channel channel, String outcome) {
        registry.counter("ordo.notifications.deliveries", "channel", channel.wire(), "outcome", outcome)
                .increment();
    }
}
