package dev.ordo.tasks.task;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.tasks.access.Permission;
import dev.ordo.tasks.access.ProjectAccess;
import dev.ordo.tasks.access.UserReplicas;
import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.recur.Occurrence;
import dev.ordo.tasks.recur.Recurrence;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing and reopening tasks, and the list of completions. Closing a task that does not recur completes it
 * with its open subtasks; closing a recurring one moves its due to the next occurrence (after the current one,
 * or after today when it counts from completion), reopens its completed subtasks and records the completion
 * of the occurrence; past the last occurrence it completes. Reopening undoes the latest completion.
 */
@Service
public class TaskCompletions {

    private final Tasks tasks;
    private final Completions completions;
    private final TaskPlacement placement;
    private final ProjectAccess access;
    private final TaskEventLog events;
    private final UserReplicas users;
    private final Clock clock;

    TaskCompletions(
            Tasks tasks,
            Completions completions,
            TaskPlacement placement,
            ProjectAccess access,
            TaskEventLog events,
            UserReplicas users,
            Clock clock) {
        this.tasks = tasks;
        this.completions = completions;
        this.placement = placement;
        this.access = access;
        this.events = events;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public TaskView close(UUID caller, UUID id) {
        Task before = locked(caller, id);
        Instant now = now();
        Optional<Due> next = before.status() == TaskStatus.COMPLETED ? Optional.empty() : nextDue(before, caller);
        if (next.isEmpty()) {
            for (Task t : tasks.subtree(id)) {
                if (t.id().equals(id)
                        ? t.status() != TaskStatus.COMPLETED
                        : t.status().open()) {
                    Task.Changed change = t.complete(now);
                    tasks.update(change.after(), false);
                    completions.record(t, caller, now);
                    events.completed(change.after(), t.due(), caller);
                }
            }
            return tasks.view(id).orElseThrow();
        }
        Task after = before.onNextOccurrence(next.get(), now);
        tasks.update(after, false);
        completions.record(before, caller, now);
        events.completed(after, before.due(), caller);
        for (Task t : tasks.subtree(id)) {
            if (!t.id().equals(id) && t.status() == TaskStatus.COMPLETED) {
                Task.Changed change = t.reopen(now);
                tasks.update(change.after(), false);
                events.reopened(change.after(), caller);
            }
        }
        return tasks.view(id).orElseThrow();
    }

    /**
     * Undoes the latest completion: a completed task is open again; a recurring task goes back to the due it was
     * closed on. A task with nothing to undo stays as it is.
     */
    @Transactional
    public TaskView reopen(UUID caller, UUID id) {
        Task before = locked(caller, id);
        Instant now = now();
        Optional<Completions.Completion> latest = completions.latest(id);
        if (before.status() == TaskStatus.COMPLETED || before.status() == TaskStatus.CANCELLED) {
            Task.Changed change = before.reopen(now);
            tasks.update(change.after(), false);
            if (before.status() == TaskStatus.COMPLETED) {
                latest.ifPresent(c -> completions.delete(c.id()));
            }
            events.reopened(change.after(), caller);
        } else if (before.due() != null
                && before.due().recurring()
                && latest.isPresent()
                && latest.get().recurring()
                && latest.get().closedOn() != null) {
            Task after = before.onNextOccurrence(latest.get().closedOn(), now);
            tasks.update(after, false);
            completions.delete(latest.get().id());
            events.reopened(after, caller);
        }
        return tasks.view(id).orElseThrow();
    }

    /** The completions of tasks I can see in {@code [since, until]}, newest first. */
    @Transactional(readOnly = true)
    public Page<Completions.Completion> completed(UUID caller, String since, String until, PageQuery query) {
        ZoneId zone = users.zoneOf(caller);
        Instant from = since == null ? Instant.EPOCH : bound(since, "since", zone, false);
        Instant to = until == null ? Instant.now(clock).plusSeconds(1) : bound(until, "until", zone, true);
        if (from.isAfter(to)) {
            throw new InvalidInput("'since' (" + since + ") must not be after 'until' (" + until + ").");
        }
        record After(Instant at, UUID id) {}
        After after = query.after(2, c -> new After(c.instant(0), c.uuid(1)));
        return Page.of(
                completions.page(
                        caller,
                        from,
                        to,
                        after == null ? null : after.at(),
                        after == null ? null : after.id(),
                        query.fetchSize()),
                query,
                c -> Cursor.of(c.completedAt(), c.id()));
    }

    /** A date (the start of that day in my zone, or for {@code until} the start of the next) or an ISO moment. */
    private static Instant bound(String value, String name, ZoneId zone, boolean end) {
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1 || date.getYear() > 9998) {
                throw new DateTimeException("out of range");
            }
            return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
        } catch (DateTimeException notADate) {
            try {
                OffsetDateTime at = OffsetDateTime.parse(value.strip());
                if (at.getYear() < 1 || at.getYear() > 9998) {
                    throw new DateTimeException("out of range");
                }
                return end ? at.toInstant().plusNanos(1000) : at.toInstant();
            } catch (DateTimeException e) {
                throw new InvalidInput(
                        "'" + name + "' must be a date (2026-12-01) or an ISO-8601 moment with an offset "
                                + "(2026-12-01T09:00:00Z), was '" + value + "'.");
            }
        }
    }

    private Task locked(UUID caller, UUID id) {
        Task seen = placement.visible(id, caller);
        access.require(seen.projectId(), caller, Permission.WRITE);
        tasks.lockTrees(List.of(seen.projectId()));
        return tasks.lock(id).orElseThrow(Task::notFound);
    }

    /** The due of the next occurrence of a recurring task; none when it does not recur or its last has come. */
    private Optional<Due> nextDue(Task task, UUID caller) {
        Due due = task.due();
        if (due == null || !due.recurring()) {
            return Optional.empty();
        }
        Recurrence recurrence = Recurrence.parse(due.recurrence(), users.zoneOf(caller));
        if (!due.fromCompletion()) {
            return recurrence.after(Recurrence.occurrenceOf(due)).map(o -> recurrence.due(o, false, due.string()));
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(recurrence.zone())).truncatedTo(ChronoUnit.SECONDS);
        Occurrence anchor = recurrence.rule().startsWith("FREQ=HOURLY")
                ? new Occurrence(now.toLocalDate(), now.toLocalTime())
                : new Occurrence(now.toLocalDate(), recurrence.start().time());
        Recurrence fromToday = recurrence.from(anchor);
        return fromToday.after(anchor).map(o -> {
            Recurrence moved = recurrence.from(o);
            return moved.due(o, true, due.string());
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
