package dev.ordo.notifications.digest;

import dev.ordo.notifications.inbox.NotificationRequest;
import dev.ordo.notifications.inbox.NotificationTypes;
import dev.ordo.notifications.inbox.Notifier;
import dev.ordo.notifications.inbox.Subject;
import dev.ordo.notifications.preference.DigestSubscription;
import dev.ordo.notifications.preference.NotificationPreferences;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: for each user whose digest is on and whose digest time passed today in their zone (within the
 * last {@link #CATCH_UP}, so a service that was down makes it late but a user who turns it on in the evening is
 * not sent the morning's), and who has not had today's, one {@code digest} notification listing their open tasks due
 * today or overdue. No tasks, no digest.
 */
@Service
public class DigestService {

    /** How late a digest may still be made (the service was down at the time). */
    static final Duration CATCH_UP = Duration.ofHours(2);

    private final NotificationPreferences preferences;
    private final DigestTasks tasks;
    private final Notifier notifier;
    private final TransactionTemplate transaction;

    DigestService(
            NotificationPreferences preferences,
            DigestTasks tasks,
            Notifier notifier,
            PlatformTransactionManager transactions) {
        this.preferences = preferences;
        this.tasks = tasks;
        this.notifier = notifier;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Makes the digests due at {@code now}; returns how many were made. */
    public int makeDue(Instant now) {
        int made = 0;
        for (DigestSubscription subscription : preferences.digestSubscriptions()) {
            Optional<LocalDate> day = dueDay(subscription, preferences.zone(subscription.user()), now);
            // each user's in a transaction of its own: one that fails is not marked made, and is tried again
            if (day.isPresent()
                    && Boolean.TRUE.equals(transaction.execute(t -> make(subscription.user(), day.get())))) {
                made++;
            }
        }
        return made;
    }

    /** The local day whose digest is due at {@code now}: its time passed less than {@link #CATCH_UP} ago. */
    static Optional<LocalDate> dueDay(DigestSubscription subscription, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (LocalDate day : List.of(today, today.minusDays(1))) {
            Instant at = ZonedDateTime.of(day, subscription.time(), zone).toInstant();
            if (!now.isBefore(at) && now.isBefore(at.plus(CATCH_UP))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** One user's digest of {@code day}, unless it was made already. */
    private boolean make(UUID user, LocalDate day) {
        if (!tasks.markMade(user, day)) {
            return false;
        }
        List<DigestTasks.DueTask> due = tasks.dueBy(user, day);
        if (due.isEmpty()) {
            return false;
        }
        DigestTasks.DueTask first = due.getFirst();
        Map<String, String> details = new HashMap<>();
        details.put("day", day.toString());
        details.put("count", Integer.toString(due.size()));
        details.put("projectId", first.projectId().toString());
        details.put(
                "tasks", due.stream().map(t -> t.dueDate() + "\t" + t.title()).collect(Collectors.joining("\n")));
        return notifier.notify(new NotificationRequest(
                        user,
                        NotificationTypes.DIGEST,
                        null,
                        new Subject("task", first.id(), first.title()),
                        "digest:" + day,
                        details,
                        null,
                        first.projectId()))
                .isPresent();
    }
}
