package dev.ordo.tasks.urgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrgencyTest {

    static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    static final Instant CREATED = NOW.minus(Duration.ofDays(10));

    static double score(Priority priority, Duration dueIn, int subtasks) {
        return Urgency.score(priority, dueIn == null ? null : NOW.plus(dueIn), CREATED, subtasks, NOW);
    }

    @Test
    void higher_priority_is_more_urgent_all_else_equal() {
        for (Duration due :
                new Duration[] {null, Duration.ofDays(-3), Duration.ZERO, Duration.ofHours(5), Duration.ofDays(30)}) {
            assertThat(score(Priority.URGENT, due, 0)).isGreaterThan(score(Priority.HIGH, due, 0));
            assertThat(score(Priority.HIGH, due, 0)).isGreaterThan(score(Priority.MEDIUM, due, 0));
            assertThat(score(Priority.MEDIUM, due, 0)).isGreaterThan(score(Priority.LOW, due, 0));
        }
    }

    @Test
    void a_nearer_due_is_more_urgent() {
        double previous = score(Priority.LOW, null, 0);
        for (int hours = 24 * 20; hours >= 0; hours -= 6) {
            double current = score(Priority.LOW, Duration.ofHours(hours), 0);
            assertThat(current).as("due in %d hours", hours).isGreaterThanOrEqualTo(previous);
            previous = current;
        }
        assertThat(score(Priority.LOW, Duration.ofHours(1), 0))
                .isGreaterThan(score(Priority.LOW, Duration.ofHours(2), 0));
    }

    @Test
    void a_due_matters_steeply_in_the_last_48_hours_and_little_beyond_a_week() {
        double atDue = score(Priority.LOW, Duration.ZERO, 0);
        double inTwoDays = score(Priority.LOW, Duration.ofHours(48), 0);
        double inAWeek = score(Priority.LOW, Duration.ofDays(7), 0);
        double inAMonth = score(Priority.LOW, Duration.ofDays(30), 0);
        assertThat(atDue - inTwoDays).isGreaterThan(30);
        assertThat(inAWeek - inAMonth).isLessThan(0.1);
    }

    @Test
    void overdue_is_more_urgent_than_due_and_grows_with_lateness_up_to_a_cap() {
        double atDue = score(Priority.LOW, Duration.ZERO, 0);
        double hourLate = score(Priority.LOW, Duration.ofHours(-1), 0);
        double dayLate = score(Priority.LOW, Duration.ofDays(-1), 0);
        double weekLate = score(Priority.LOW, Duration.ofDays(-7), 0);
        double yearLate = score(Priority.LOW, Duration.ofDays(-365), 0);
        assertThat(hourLate).isGreaterThan(atDue);
        assertThat(dayLate).isGreaterThan(hourLate);
        assertThat(weekLate).isGreaterThan(dayLate);
        assertThat(yearLate).isGreaterThanOrEqualTo(weekLate).isLessThanOrEqualTo(atDue + 30 + 5);
    }

    @Test
    void more_open_subtasks_are_a_little_more_urgent_up_to_ten() {
        for (int n = 0; n < 10; n++) {
            assertThat(score(Priority.LOW, null, n + 1)).isGreaterThan(score(Priority.LOW, null, n));
        }
        assertThat(score(Priority.LOW, null, 50)).isEqualTo(score(Priority.LOW, null, 10));
        assertThat(score(Priority.LOW, null, 10) - score(Priority.LOW, null, 0)).isEqualTo(10, within(1e-9));
    }

    @Test
    void an_older_task_is_a_little_more_urgent_for_up_to_a_year() {
        double fresh = Urgency.score(Priority.LOW, (Instant) null, NOW, 0, NOW);
        double monthOld = Urgency.score(Priority.LOW, (Instant) null, NOW.minus(Duration.ofDays(30)), 0, NOW);
        double yearOld = Urgency.score(Priority.LOW, (Instant) null, NOW.minus(Duration.ofDays(365)), 0, NOW);
        double ancient = Urgency.score(Priority.LOW, (Instant) null, NOW.minus(Duration.ofDays(3000)), 0, NOW);
        assertThat(monthOld).isGreaterThan(fresh);
        assertThat(yearOld).isGreaterThan(monthOld);
        assertThat(ancient).isEqualTo(yearOld);
        assertThat(yearOld - fresh).isEqualTo(5, within(1e-9));
        // A creation time in the future (clock skew) counts as new.
        assertThat(Urgency.score(Priority.LOW, (Instant) null, NOW.plusSeconds(60), 0, NOW))
                .isEqualTo(fresh);
    }

    @Test
    void priority_dominates_what_age_subtasks_and_a_due_more_than_a_day_away_can_add() {
        double lowWithEverything =
                Urgency.score(Priority.LOW, NOW.plus(Duration.ofHours(25)), NOW.minus(Duration.ofDays(400)), 20, NOW);
        double mediumWithNothing = Urgency.score(Priority.MEDIUM, (Instant) null, NOW, 0, NOW);
        assertThat(mediumWithNothing).isGreaterThan(lowWithEverything);
    }

    @Test
    void an_overdue_task_can_climb_above_a_higher_priority_without_a_due() {
        assertThat(score(Priority.LOW, Duration.ofDays(-3), 0)).isGreaterThan(score(Priority.HIGH, null, 0));
        assertThat(score(Priority.LOW, Duration.ofDays(-300), 0)).isLessThan(score(Priority.URGENT, null, 0));
    }

    @Test
    void the_documented_anchor_values_hold() {
        assertThat(score(Priority.URGENT, null, 0) - score(Priority.LOW, null, 0))
                .isEqualTo(90, within(1e-9));
        double base = score(Priority.LOW, null, 0);
        assertThat(score(Priority.LOW, Duration.ZERO, 0) - base).isEqualTo(40, within(1e-9));
        assertThat(score(Priority.LOW, Duration.ofHours(24), 0) - base).isEqualTo(14.715, within(0.001));
        assertThat(score(Priority.LOW, Duration.ofHours(-24), 0) - base).isEqualTo(51.80, within(0.01));
        assertThat(score(Priority.LOW, Duration.ofDays(-30), 0) - base).isEqualTo(70, within(1e-5));
    }

    @Test
    void a_date_only_due_counts_from_the_start_of_its_day_in_utc() {
        LocalDate day = LocalDate.of(2026, 6, 16);
        assertThat(Urgency.dueInstant(day, null)).isEqualTo(Instant.parse("2026-06-16T00:00:00Z"));
        assertThat(Urgency.score(Priority.HIGH, Due.on(day), CREATED, 2, NOW))
                .isEqualTo(Urgency.score(Priority.HIGH, Instant.parse("2026-06-16T00:00:00Z"), CREATED, 2, NOW));
        assertThat(Urgency.score(Priority.HIGH, (Due) null, CREATED, 2, NOW))
                .isEqualTo(Urgency.score(Priority.HIGH, (Instant) null, CREATED, 2, NOW));
    }

    @Test
    void the_sql_takes_the_now_parameter_with_or_without_its_colon_and_refuses_anything_else() {
        assertThat(Urgency.sql("now"))
                .isEqualTo(Urgency.sql(":now"))
                .contains(":now")
                .doesNotContain("::");
        assertThatThrownBy(() -> Urgency.sql("now); drop table task; --")).isInstanceOf(IllegalArgumentException.class);
    }
}
