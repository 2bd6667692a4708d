package dev.ordo.tasks.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.patch.Patch;
import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The change rules a task owns. */
class TaskTest {

    static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-03T09:00:00Z");

    static Task aTask(String title, TaskStatus status) {
        NewTask n = new NewTask(
                title, "notes", null, null, null, status, null, null, null, null, null, List.of("b", "A"), null);
        return Task.create(
                n,
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                null,
                0,
                null,
                List.of("b", "A"),
                1,
                UUID.randomUUID(),
                CREATED);
    }

    static TaskChanges nothing() {
        return new TaskChanges(
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.absent());
    }

    @Test
    void a_new_task_is_pending_low_version_zero_with_its_labels_in_order_and_its_title_stripped() {
        Task task = aTask("  Buy milk ", null);

        assertThat(task.title()).isEqualTo("Buy milk");
        assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task.priority()).isEqualTo(Priority.LOW);
        assertThat(task.labels()).containsExactly("A", "b");
        assertThat(task.version()).isZero();
        assertThat(task.completedAt()).isNull();
        assertThat(aTask("Done already", TaskStatus.COMPLETED).completedAt()).isEqualTo(CREATED);
    }

    @Test
    void a_patch_changes_what_it_names_one_version_on_and_says_which_fields_changed() {
        Task task = aTask("Buy milk", null);
        TaskChanges changes = new TaskChanges(
                Patch.of("Buy oat milk"),
                Patch.cleared(),
                Patch.absent(),
                Patch.of(Priority.URGENT),
                Patch.of(new Due(LocalDate.of(2026, 3, 5), null, null)),
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.of(List.of("b", "A")),
                Patch.absent());

        Task.Changed change = task.apply(changes, NOW);

        assertThat(change.fields()).containsExactly("title", "description", "priority", "due");
        Task after = change.after();
        assertThat(after.title()).isEqualTo("Buy oat milk");
        assertThat(after.description()).as("cleared is empty, never null").isEmpty();
        assertThat(after.priority()).isEqualTo(Priority.URGENT);
        assertThat(after.due().date()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.updatedAt()).isEqualTo(NOW);
        assertThat(after.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void a_patch_that_changes_nothing_is_no_change_and_no_new_version() {
        Task task = aTask("Buy milk", null);

        Task.Changed same = task.apply(nothing(), NOW);
        Task.Changed sameTitle = task.apply(
                new TaskChanges(
                        Patch.of(" Buy milk "),
                        Patch.absent(),
                        Patch.absent(),
                        Patch.absent(),
                        Patch.absent(),
                        Patch.absent(),
                        Patch.absent(),
                        Patch.absent(),
                        Patch.absent(),
                        Patch.absent()),
                NOW);

        assertThat(same.fields()).isEmpty();
        assertThat(same.after()).isSameAs(task);
        assertThat(sameTitle.fields()).isEmpty();
    }

    @Test
    void completing_stamps_completed_at_once_and_reopening_clears_it() {
        Task task = aTask("Buy milk", null);

        Task done = task.complete(NOW).after();
        Task.Changed stillDone = done.complete(LATER);
        Task reopened = done.reopen(LATER).after();

        assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.completedAt()).isEqualTo(NOW);
        assertThat(stillDone.fields())
                .as("completing a completed task changes nothing")
                .isEmpty();
        assertThat(reopened.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(reopened.completedAt()).isNull();
        assertThat(reopened.version()).isEqualTo(2);
    }

    @Test
    void moving_places_the_task_elsewhere_one_version_on_and_its_subtree_only_changes_depth() {
        Task task = aTask("Buy milk", null);
        UUID project = UUID.randomUUID();
        UUID parent = UUID.randomUUID();

        Task moved = task.moveTo(project, null, parent, 1, 7, null, NOW);
        Task deeper = task.atDepth(2);

        assertThat(moved.projectId()).isEqualTo(project);
        assertThat(moved.parentId()).isEqualTo(parent);
        assertThat(moved.depth()).isEqualTo(1);
        assertThat(moved.position()).isEqualTo(7);
        assertThat(moved.version()).isEqualTo(1);
        assertThat(deeper.depth()).isEqualTo(2);
        assertThat(deeper.version()).isZero();
    }

    @Test
    void subtasks_nest_four_levels_deep_at_most() {
        Task top = aTask("Top", null);
        Task third = top.atDepth(Task.MAX_DEPTH);

        assertThat(Task.depthUnder(null, 0)).isZero();
        assertThat(Task.depthUnder(top, 2)).isEqualTo(1);
        assertThatThrownBy(() -> Task.depthUnder(third, 0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Task.depthUnder(top, Task.MAX_DEPTH)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_title_is_one_to_500_characters_and_a_description_at_most_16_kb() {
        assertThatThrownBy(() -> Task.cleanTitle("   ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Task.cleanTitle("x".repeat(501))).isInstanceOf(InvalidInput.class);
        assertThat(Task.cleanDescription(null)).isEmpty();
        assertThatThrownBy(() -> Task.cleanDescription("é".repeat(8193))).isInstanceOf(InvalidInput.class);
    }
}
