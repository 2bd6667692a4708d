package dev.ordo.notifications.live;

import dev.ordo.notifications.inbox.NotificationAdded;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notification, once its transaction committed, is logged for its recipient's streams (as the inbox shows it) and
 * every replica is poked. After the commit, so a stream never shows what was rolled back; a failure here loses the
 * live event only (the inbox has the notification, the next unread count is right).
 */
@Component
class NotificationsToStreams {

    private static final Logger log = LoggerFactory.getLogger(NotificationsToStreams.class);

    private final InboxView inbox;
    private final StreamLog streamLog;
    private final FanOut fanOut;
    private final JsonMapper json;
    private final TransactionTemplate newTransaction;

    NotificationsToStreams(
            InboxView inbox,
            StreamLog streamLog,
            FanOut fanOut,
            JsonMapper json,
            PlatformTransactionManager transactions) {
        this.inbox = inbox;
        this.streamLog = streamLog;
        this.fanOut = fanOut;
        this.json = json;
        this.newTransaction = new TransactionTemplate(transactions);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationAdded added) {
        try {
            Boolean logged = newTransaction.execute(tx -> {
                Optional<Map<String, Object>> notification =
                        inbox.notification(added.recipient(), added.notificationId());
                notification.ifPresent(
                        n -> streamLog.append(added.recipient(), LiveEvents.NOTIFICATION, json.writeValueAsString(n)));
                return notification.isPresent();
            });
            if (Boolean.TRUE.equals(logged)) {
                fanOut.poke(List.of(added.recipient()));
            }
        } catch (RuntimeException e) {
            log.warn("could not tell the live streams of notification {}", added.notificationId(), e);
        }
    }
}
