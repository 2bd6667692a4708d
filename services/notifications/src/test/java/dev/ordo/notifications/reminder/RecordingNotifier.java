package dev.ordo.notifications.reminder;

import dev.ordo.notifications.inbox.NotificationRequest;
import dev.ordo.notifications.inbox.Notifier;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tests' {@link Notifier} until the inbox's is merged: records every request it is asked to make, so a test
 * sees what a firing told whom, and how many times.
 */
public class RecordingNotifier implements Notifier {

    private final List<NotificationRequest> requests = new CopyOnWriteArrayList<>();
    private final java.util.Set<UUID> failing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public Optional<UUID> notify(NotificationRequest request) {
        if (failing.contains(request.recipient())) {
            throw new IllegalStateException("the inbox cannot take notifications for " + request.recipient());
        }
        requests.add(request);
        return Optional.of(UUID.randomUUID());
    }

    /** From now on every notification for {@code user} fails (as a broken inbox would). */
    public void failFor(UUID user) {
        failing.add(user);
    }

    /** The requests made for a reminder's firings (their source names the reminder). */
    public List<NotificationRequest> firingsOf(UUID reminderId) {
        return requests.stream()
                .filter(r -> r.sourceId().startsWith("reminder:" + reminderId + ":"))
                .toList();
    }
}
