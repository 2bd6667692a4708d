package dev.ordo.notifications.delivery;

import dev.ordo.notifications.inbox.Channel;

/**
 * Sends deliveries of one channel (email, push). The delivery worker calls it for each due delivery row, outside any
 * transaction, and records the outcome: success, a failure to retry with backoff, or one that will never work.
 */
public interface ChannelSender {

    Channel channel();

    /**
     * @throws DeliveryFailure when it did not go out; {@link DeliveryFailure#permanent()} when retrying cannot help (no
     *     address, every push subscription gone)
     */
    void send(Delivery delivery) throws DeliveryFailure;
}
