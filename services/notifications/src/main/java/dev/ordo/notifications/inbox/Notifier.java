package dev.ordo.notifications.inbox;

import java.util.Optional;
import java.util.UUID;

/**
 * Makes notifications: the one way every feature (the rules that read other services' events, reminders, the digest)
 * tells someone something. In the caller's transaction it writes the notification (when the recipient wants it
 * in the app) and one delivery row per other channel they want it on, so a notification is never made without its
 * deliveries nor sent twice; after the commit the live stream hears of it ({@link NotificationAdded}).
 */
public interface Notifier {

    /**
     * @return the notification's id, or empty when none was made: the recipient is the actor, it was made before for
     *     this source, or every channel is off for the recipient (preferences, quiet hours defer but do not drop)
     */
    Optional<UUID> notify(NotificationRequest request);
}
