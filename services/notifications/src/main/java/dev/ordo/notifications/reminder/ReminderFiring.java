package dev.ordo.notifications.reminder;

import dev.ordo.notifications.inbox.NotificationRequest;
import dev.ordo.notifications.inbox.Notifier;
import dev.ordo.notifications.inbox.Subject;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due reminders, a batch per transaction: each claimed row is locked ({@code for update skip locked}) and,
 * in the same transaction, its notification is made ({@link Notifier}), {@code reminder.fired} is appended to the
 * outbox and the reminder is done (an absolute one deleted, with {@code reminder.deleted} reason fired; a relative
 * one left with no fire time until its task's due moves). Either all of it commits or none of it, and a committed
 * reminder is no longer due: it fires once, whichever instance, poller or worker claims it.
 */
@Service
public class ReminderFiring {

    private static final Logger log = LoggerFactory.getLogger(ReminderFiring.class);
    private static final Duration RETRY = Duration.ofMinutes(1);

    private final Reminders reminders;
    private final Notifier notifier;
    private final ReminderJournal journal;
    private final Clock clock;

    private final TransactionTemplate eachReminder;
    private final Counter failures;

    ReminderFiring(
            Reminders reminders,
            Notifier notifier,
            ReminderJournal journal,
            Clock clock,
            PlatformTransactionManager transactions,
            MeterRegistry meters) {
        this.reminders = reminders;
        this.notifier = notifier;
        this.journal = journal;
        this.clock = clock;
        // each reminder inside a savepoint of the batch: one that fails is put back without spoiling the others
        this.eachReminder = new TransactionTemplate(transactions);
        this.eachReminder.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.failures = Counter.builder("ordo.notifications.reminders.failed")
                .description("Reminders whose firing failed and was put back by a minute")
                .register(meters);
    }

    /** What one batch did: how many due reminders it claimed, and how late each that fired was. */
    public record Batch(int claimed, List<Duration> lateness) {}

    @Transactional
    public Batch fireDue(int limit) {
        List<Reminders.Due> due = reminders.claimDue(clock.instant(), limit);
        List<UUID> firedRelative = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        List<Duration> lateness = new ArrayList<>();
        for (Reminders.Due d : due) {
            Reminder r = d.reminder();
            if (d.title() == null || !d.member()) {
                // Its task went, or its user left the project, before the events that say so deleted it.
                gone.add(r.id());
                journal.deleted(
                        r, d.title() == null ? ReminderJournal.TASK_DELETED : ReminderJournal.MEMBER_REMOVED, null);
                continue;
            }
            try {
                eachReminder.executeWithoutResult(status -> fire(d, firedRelative, gone, lateness));
            } catch (RuntimeException e) {
                // its notification could not be made (what it wrote is rolled back to the savepoint): it is tried
                // again in a minute, and the reminders behind it fire now
                log.warn("reminder {} could not fire; trying again in a minute", r.id(), e);
                failures.increment();
                reminders.postpone(r.id(), clock.instant().plus(RETRY));
            }
        }
        reminders.markFired(firedRelative);
        reminders.delete(gone);
        return new Batch(due.size(), lateness);
    }

    private void fire(Reminders.Due d, List<UUID> firedRelative, List<UUID> gone, List<Duration> lateness) {
        Reminder r = d.reminder();
        Instant scheduledFor = r.fireAt();
        notifier.notify(request(d));
        Instant firedAt = clock.instant();
        journal.fired(r, scheduledFor, firedAt);
        if (!r.relative()) {
            journal.deleted(r, ReminderJournal.FIRED, null);
        }
        // only once all of it is written: a failure above leaves the reminder to be put back
        (r.relative() ? firedRelative : gone).add(r.id());
        lateness.add(Duration.between(scheduledFor, firedAt));
    }

    /** One notification per firing: its source names the reminder and the time it fired for. */
    private static NotificationRequest request(Reminders.Due d) {
        Reminder r = d.reminder();
        Map<String, String> details = new LinkedHashMap<>();
        if (d.dueAt() != null) {
            details.put("dueAt", d.dueAt().toString());
        }
        if (r.minutesBefore() != null) {
            details.put("minutesBefore", r.minutesBefore().toString());
        }
        details.put("fireAt", r.fireAt().toString());
        return new NotificationRequest(
                r.userId(),
                "reminder",
                null,
                new Subject("task", r.taskId(), d.title()),
                "reminder:" + r.id() + ":" + r.fireAt(),
                details,
                r.channels(),
                r.projectId());
    }
}
