package dev.ordo.notifications.live;

import dev.ordo.notifications.inbox.InboxService;
import dev.ordo.platform.problems.NotFound;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The inbox as the live stream sends it: each notification as the API shows it, and the unread count. */
@Component
class InboxNotifications implements InboxView {

    private final InboxService inbox;
    private final JsonMapper json;

    InboxNotifications(InboxService inbox, JsonMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> notification(UUID recipient, UUID notificationId) {
        try {
            return Optional.of(json.convertValue(inbox.get(recipient, notificationId), Map.class));
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }

    @Override
    public long unreadCount(UUID recipient) {
        return inbox.unreadCount(recipient);
    }
}
