package dev.ordo.notifications.live;

import dev.ordo.notifications.inbox.UnreadCountChanged;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What other features tell the live stream beyond new notifications (which it hears itself): the inbox, when the
 * user's unread count changes without a new notification (read, unread, read-all, archive), so every open stream
 * of the user, on any replica, gets the new {@code unread-count}.
 */
@Component
public class LiveUpdates {

    private final FanOut fanOut;

    LiveUpdates(FanOut fanOut) {
        this.fanOut = fanOut;
    }

    /** Call after the change commits. */
    public void unreadCountChanged(UUID user) {
        fanOut.countChanged(user);
    }

    /** The inbox's reads, unreads and archives, once they commit. */
    @TransactionalEventListener
    void on(UnreadCountChanged changed) {
        unreadCountChanged(changed.recipient());
    }
}
