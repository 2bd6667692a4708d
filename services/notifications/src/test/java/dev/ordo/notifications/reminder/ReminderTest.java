package dev.ordo.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.notifications.inbox.Channel;
import dev.ordo.platform.problems.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderTest {

    static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    static final Instant DUE = Instant.parse("2026-11-30T17:00:00Z");

    final UUID task = UUID.randomUUID();
    final UUID project = UUID.randomUUID();
    final UUID ada = UUID.randomUUID();

    @Test
    void aRelativeReminderFiresItsMinutesBeforeTheDueTime() {
        Reminder r = relative(30, DUE);

        assertThat(r.fireAt()).isEqualTo(Instant.parse("2026-11-30T16:30:00Z"));
        assertThat(r.taskDueAt()).isEqualTo(DUE);
        assertThat(relative(0, DUE).fireAt()).isEqualTo(DUE);
        assertThat(relative(Reminder.MAX_MINUTES_BEFORE, DUE.plusSeconds(40_320L * 60))
                        .fireAt())
                .isEqualTo(DUE);
    }

    @Test
    void anAbsoluteReminderFiresAtItsInstantWhateverTheDue() {
        Reminder r = Reminder.set(
                task, project, ada, new Reminder.Timing(null, DUE.minusSeconds(5)), Set.of(Channel.PUSH), null, NOW);

        assertThat(r.fireAt()).isEqualTo(DUE.minusSeconds(5));
        assertThat(r.taskDueAt()).isNull();
        assertThat(r.follow(DUE.plusSeconds(3600), NOW)).isNull();
    }

    @Test
    void aRelativeReminderNeedsADueTimeAndAFutureTime() {
        assertThatThrownBy(() -> relative(30, null))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.problem()).isEqualTo("reminder-needs-due-time"));
        assertThatThrownBy(() -> relative(60 * 10, DUE))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.problem()).isEqualTo("reminder-in-the-past"));
    }

    @Test
    void exactlyOneOfMinutesAndInstantWithinFourWeeks() {
        assertThatThrownBy(() -> new Reminder.Timing(null, null))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.problem()).isEqualTo("invalid-reminder"));
        assertThatThrownBy(() -> new Reminder.Timing(5, DUE)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Reminder.Timing(-1, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Reminder.Timing(Reminder.MAX_MINUTES_BEFORE + 1, null))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void itFollowsTheDueButNotToATimeThatHadPassedWhenTheTaskChanged() {
        Reminder r = relative(30, DUE);

        Reminder later = r.follow(DUE.plusSeconds(3600), NOW);
        assertThat(later.fireAt()).isEqualTo(Instant.parse("2026-11-30T17:30:00Z"));
        assertThat(later.version()).isEqualTo(2);

        Reminder soon = r.follow(NOW.plusSeconds(10 * 60), NOW);
        assertThat(soon.fireAt()).isNull();
        assertThat(soon.taskDueAt()).isEqualTo(NOW.plusSeconds(600));

        assertThat(r.follow(null, NOW).fireAt()).isNull();
    }

    @Test
    void afterFiringItWaitsForADifferentDue() {
        Reminder fired = relative(30, DUE).fired();

        assertThat(fired.fireAt()).isNull();
        assertThat(fired.follow(DUE, NOW))
                .as("the same due again: nothing to do")
                .isNull();
        assertThat(fired.follow(DUE.plusSeconds(86_400), NOW).fireAt())
                .isEqualTo(Instant.parse("2026-12-01T16:30:00Z"));
    }

    @Test
    void channelsDefaultToInAppAndPushAndMustBeKnown() {
        assertThat(Reminder.channels(null)).containsExactlyInAnyOrder(Channel.IN_APP, Channel.PUSH);
        assertThat(relative(30, DUE).wireChannels()).containsExactly("in_app", "push");
        assertThatThrownBy(() -> Reminder.channels(List.of("sms"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Reminder.channels(List.of())).isInstanceOf(InvalidInput.class);
    }

    private Reminder relative(int minutes, Instant due) {
        return Reminder.set(task, project, ada, new Reminder.Timing(minutes, null), Reminder.channels(null), due, NOW);
    }
}
