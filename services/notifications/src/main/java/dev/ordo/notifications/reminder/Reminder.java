package dev.ordo.notifications.reminder;

import dev.ordo.contracts.notifications.ReminderEvents.ReminderState;
import dev.ordo.notifications.inbox.Channel;
import dev.ordo.platform.problems.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One user's reminder on one task: relative ({@code minutesBefore} the task's due time, following it) or absolute
 * ({@code at}). {@code fireAt} is when it fires next, or null when it has nothing to fire at: its task has no due
 * time, the time had passed when the due was set, or it fired for the current due ({@code taskDueAt}, the due it was
 * computed from, is kept so that an event leaving the due as it is does not arm it again). Every change raises
 * {@code version}.
 */
public record Reminder(
        UUID id,
        UUID taskId,
        UUID projectId,
        UUID userId,
        @Nullable Integer minutesBefore,
        @Nullable Instant at,
        Set<Channel> channels,
        @Nullable Instant taskDueAt,
        @Nullable Instant fireAt,
        Instant createdAt,
        long version) {

    /** Four weeks: the furthest a relative reminder may be before its due. */
    public static final int MAX_MINUTES_BEFORE = 40_320;

    public static final int MAX_PER_USER_AND_TASK = 10;

    static final String INVALID = "invalid-reminder";
    static final String NEEDS_DUE_TIME = "reminder-needs-due-time";
    static final String IN_THE_PAST = "reminder-in-the-past";

    static final Set<Channel> DEFAULT_CHANNELS = EnumSet.of(Channel.IN_APP, Channel.PUSH);

    public Reminder {
        channels = Set.copyOf(channels);
    }

    /** When it is set: exactly one of minutes before the due and an instant. */
    record Timing(@Nullable Integer minutesBefore, @Nullable Instant at) {

        Timing {
            if ((minutesBefore == null) == (at == null)) {
                throw invalid("Give exactly one of 'minutesBefore' and 'at'.", "minutesBefore");
            }
            if (minutesBefore != null && (minutesBefore < 0 || minutesBefore > MAX_MINUTES_BEFORE)) {
                throw invalid("'minutesBefore' must be 0 to " + MAX_MINUTES_BEFORE + " (four weeks).", "minutesBefore");
            }
        }

        boolean relative() {
            return minutesBefore != null;
        }
    }

    /**
     * A new reminder, version 1, armed for {@code taskDueAt}.
     *
     * @throws InvalidInput {@code reminder-needs-due-time} for a relative one on a task without a due time,
     *     {@code reminder-in-the-past} when it would fire before {@code now}
     */
    static Reminder set(
            UUID taskId,
            UUID projectId,
            UUID userId,
            Timing timing,
            Set<Channel> channels,
            @Nullable Instant taskDueAt,
            Instant now) {
        Instant fireAt = requireFuture(fireAt(timing, taskDueAt), now);
        return new Reminder(
                UUID.randomUUID(),
                taskId,
                projectId,
                userId,
                timing.minutesBefore(),
                timing.at(),
                channels,
                timing.relative() ? taskDueAt : null,
                fireAt,
                now,
                1);
    }

    /** Its user changed when or where it is told; null when nothing changes. */
    @Nullable Reminder change(Timing timing, Set<Channel> newChannels, @Nullable Instant currentDueAt, Instant now) {
        if (timing.equals(timing()) && newChannels.equals(channels)) {
            return null;
        }
        if (timing.equals(timing())) {
            return new Reminder(
                    id,
                    taskId,
                    projectId,
                    userId,
                    minutesBefore,
                    at,
                    newChannels,
                    taskDueAt,
                    fireAt,
                    createdAt,
                    version + 1);
        }
        Instant newFireAt = requireFuture(fireAt(timing, currentDueAt), now);
        return new Reminder(
                id,
                taskId,
                projectId,
                userId,
                timing.minutesBefore(),
                timing.at(),
                newChannels,
                timing.relative() ? currentDueAt : null,
                newFireAt,
                createdAt,
                version + 1);
    }

    /**
     * The task's due is now {@code dueAt} (null: none, or no time): a relative reminder follows it, unless the due is
     * the one it is armed for. A time that had passed when the task changed ({@code changedAt}) is not fired late.
     *
     * @return the reminder after it, or null when it stays as it is (absolute ones always do)
     */
    @Nullable Reminder follow(@Nullable Instant dueAt, Instant changedAt) {
        if (!relative() || Objects.equals(dueAt, taskDueAt)) {
            return null;
        }
        Instant next = dueAt == null ? null : dueAt.minus(Duration.ofMinutes(minutesBefore));
        Instant newFireAt = next == null || next.isBefore(changedAt) ? null : next;
        return new Reminder(
                id, taskId, projectId, userId, minutesBefore, at, channels, dueAt, newFireAt, createdAt, version + 1);
    }

    /** A relative reminder after it fired: nothing to fire at until its task's due moves. */
    Reminder fired() {
        return new Reminder(
                id, taskId, projectId, userId, minutesBefore, at, channels, taskDueAt, null, createdAt, version + 1);
    }

    Reminder movedTo(UUID newProjectId) {
        return new Reminder(
                id, taskId, newProjectId, userId, minutesBefore, at, channels, taskDueAt, fireAt, createdAt, version);
    }

    boolean relative() {
        return minutesBefore != null;
    }

    Timing timing() {
        return new Timing(minutesBefore, at);
    }

    /**
     * When a reminder set so fires: the due time less the minutes, or its instant.
     *
     * @throws InvalidInput {@code reminder-needs-due-time} for a relative one when the task has no due time
     */
    static Instant fireAt(Timing timing, @Nullable Instant taskDueAt) {
        if (!timing.relative()) {
            return timing.at();
        }
        if (taskDueAt == null) {
            throw (InvalidInput)
                    new InvalidInput(NEEDS_DUE_TIME, "A reminder before the due time needs a task due at a time.")
                            .with("field", "minutesBefore");
        }
        return taskDueAt.minus(Duration.ofMinutes(timing.minutesBefore()));
    }

    private static Instant requireFuture(Instant fireAt, Instant now) {
        if (fireAt.isBefore(now)) {
            throw (InvalidInput)
                    new InvalidInput(IN_THE_PAST, "The reminder would fire at " + fireAt + ", in the past.")
                            .with("fireAt", fireAt.toString());
        }
        return fireAt;
    }

    /**
     * The channels as the API names them: null means in-app and push.
     *
     * @throws InvalidInput {@code invalid-reminder} for an empty list or a name that is no channel
     */
    static Set<Channel> channels(@Nullable Collection<String> wire) {
        if (wire == null) {
            return DEFAULT_CHANNELS;
        }
        if (wire.isEmpty()) {
            throw invalid("'channels' needs at least one of in_app, email, push.", "channels");
        }
        EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String name : wire) {
            channels.add(Channel.fromWire(name)
                    .orElseThrow(() -> invalid("'" + name + "' is no channel: in_app, email or push.", "channels")));
        }
        return channels;
    }

    /** The channels in their order ({@code in_app}, {@code email}, {@code push}), as the API and events write them. */
    List<String> wireChannels() {
        return channels.stream().sorted().map(Channel::wire).toList();
    }

    ReminderState state() {
        return new ReminderState(
                id, taskId, projectId, userId, minutesBefore, at, wireChannels(), fireAt, createdAt, version);
    }

    static InvalidInput invalid(String detail, String field) {
        return (InvalidInput) new InvalidInput(INVALID, detail).with("field", field);
    }
}
