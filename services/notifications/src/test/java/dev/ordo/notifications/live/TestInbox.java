package dev.ordo.notifications.live;

import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.inbox.NotificationRequest;
import dev.ordo.notifications.inbox.Notifier;
import dev.ordo.notifications.inbox.Subject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes notifications through the inbox's own {@link Notifier}, in a transaction, as its rules do. */
@TestComponent
public class TestInbox {

    private final Notifier notifier;
    private final TransactionTemplate transaction;

    TestInbox(Notifier notifier, TransactionTemplate transaction) {
        this.notifier = notifier;
        this.transaction = transaction;
    }

    /** A new unread in-app notification of {@code type} about a task called {@code title}; @return its id. */
    public UUID notify(UUID recipient, String type, String title) {
        UUID source = UUID.randomUUID();
        return transaction.execute(tx -> notifier.notify(new NotificationRequest(
                        recipient,
                        type,
                        null,
                        new Subject("task", UUID.randomUUID(), title),
                        "test:" + source,
                        Map.of(),
                        Set.of(Channel.IN_APP),
                        null))
                .orElseThrow());
    }
}
