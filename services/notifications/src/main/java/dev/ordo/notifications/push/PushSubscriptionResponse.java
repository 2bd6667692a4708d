package dev.ordo.notifications.push;

import java.time.Instant;
import java.util.UUID;

record PushSubscriptionResponse(UUID id, String endpoint, Instant createdAt) {

    static PushSubscriptionResponse of(PushSubscription s) {
        return new PushSubscriptionResponse(s.id(), s.endpoint(), s.createdAt());
    }
}
