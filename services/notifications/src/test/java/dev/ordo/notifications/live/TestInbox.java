package dev.ordo.notifications.live;

import dev.ordo.notifications.inbox.NotificationAdded;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbox as the live stream sees it ({@link InboxView}), over a table of the test's own until the inbox's tables
 * are merged: a notification is written and {@link NotificationAdded} published in one transaction, as the inbox's
 * Notifier does.
 */
@TestComponent
public class TestInbox implements InboxView {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    TestInbox(JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.json = json;
        jdbc.sql("""
                create table if not exists test_notification (
                    id uuid primary key, recipient uuid not null, body jsonb not null, read boolean not null)""").update();
    }

    /** A new unread notification of {@code type} about a task called {@code title}; @return its id. */
    public UUID notify(UUID recipient, String type, String title) {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("type", type);
        body.put("read", false);
        body.put("archived", false);
        body.put("createdAt", Instant.now().toString());
        body.put("actor", null);
        body.put("subject", Map.of("type", "task", "id", UUID.randomUUID().toString(), "title", title));
        body.put("projectId", null);
        body.put("taskId", null);
        body.put("text", "Reminder: " + title);
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("insert into test_notification values (:id, :r, cast(:b as jsonb), false)")
                    .param("id", id)
                    .param("r", recipient)
                    .param("b", json.writeValueAsString(body))
                    .update();
            events.publishEvent(new NotificationAdded(recipient, id));
        });
        return id;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> notification(UUID recipient, UUID notificationId) {
        return jdbc.sql("select body::text from test_notification where id = :id and recipient = :r")
                .param("id", notificationId)
                .param("r", recipient)
                .query(String.class)
                .optional()
                .map(b -> (Map<String, Object>) json.readValue(b, Map.class));
    }

    @Override
    public long unreadCount(UUID recipient) {
        return jdbc.sql("select count(*) from test_notification where recipient = :r and not read")
                .param("r", recipient)
                .query(Long.class)
                .single();
    }
}
