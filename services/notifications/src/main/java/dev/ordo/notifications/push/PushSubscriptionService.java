package dev.ordo.notifications.push;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's browsers that take pushes: subscribing (the same endpoint again is the same subscription) and leaving. */
@Service
class PushSubscriptionService {

    private final PushSubscriptions subscriptions;

    PushSubscriptionService(PushSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Transactional
    PushSubscription subscribe(UUID userId, String endpoint, String p256dh, String auth) {
        return subscriptions.save(userId, endpoint, p256dh, auth);
    }

    /** @return whether it was one of the user's */
    @Transactional
    boolean unsubscribe(UUID userId, UUID id) {
        return subscriptions.delete(userId, id);
    }
}
