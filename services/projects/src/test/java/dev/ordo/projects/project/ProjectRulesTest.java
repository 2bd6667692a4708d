package dev.ordo.projects.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.patch.Patch;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules a project and a membership keep themselves, without a database. */
class ProjectRulesTest {

    static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant LATER = CREATED.plusSeconds(60);
    static final UUID ANN = UUID.randomUUID();

    final Project garden =
            Project.create(new NewProject("Garden", "Beds and paths", "green", null, false), ANN, CREATED);
    final Project inbox = Project.inboxOf(ANN, CREATED);

    @Test
    void a_change_says_which_fields_it_changed_and_when() {
        Project.Revision revision =
                garden.apply(changes(Patch.of("Yard"), Patch.cleared(), Patch.of("green"), Patch.absent()), LATER);

        assertThat(revision.changedFields()).containsExactly("name", "description");
        assertThat(revision.project().name()).isEqualTo("Yard");
        assertThat(revision.project().description()).isNull();
        assertThat(revision.project().color()).isEqualTo("green");
        assertThat(revision.project().updatedAt()).isEqualTo(LATER);
        assertThat(revision.project().createdAt()).isEqualTo(CREATED);
    }

    @Test
    void a_change_to_the_same_values_changes_nothing_not_even_the_time() {
        Project.Revision revision =
                garden.apply(changes(Patch.of("Garden"), Patch.absent(), Patch.of("green"), Patch.cleared()), LATER);

        assertThat(revision.changedAnything()).isFalse();
        assertThat(revision.project()).isEqualTo(garden);
    }

    @Test
    void a_move_under_a_parent_is_told_apart_from_a_move_to_the_top_level() {
        UUID parent = UUID.randomUUID();
        Project.Revision moved =
                garden.apply(changes(Patch.absent(), Patch.absent(), Patch.absent(), Patch.of(parent)), LATER);
        Project.Revision back =
                moved.project().apply(changes(Patch.absent(), Patch.absent(), Patch.absent(), Patch.cleared()), LATER);

        assertThat(moved.movedUnderAParent()).isTrue();
        assertThat(moved.project().parentId()).isEqualTo(parent);
        assertThat(back.movedUnderAParent()).isFalse();
        assertThat(back.changedFields()).containsExactly("parentId");
        assertThat(back.project().parentId()).isNull();
    }

    @Test
    void the_inbox_keeps_its_name_and_place_but_may_change_its_color() {
        assertThatThrownBy(() ->
                        inbox.apply(changes(Patch.of("Mine"), Patch.absent(), Patch.absent(), Patch.absent()), LATER))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> inbox.apply(
                        changes(Patch.absent(), Patch.absent(), Patch.absent(), Patch.of(garden.id())), LATER))
                .isInstanceOf(Conflict.class);
        assertThat(inbox.apply(changes(Patch.of("Inbox"), Patch.absent(), Patch.of("red"), Patch.absent()), LATER)
                        .changedFields())
                .containsExactly("color");
    }

    @Test
    void the_inbox_is_never_shared_archived_deleted_or_a_parent() {
        assertThatThrownBy(inbox::ensureShareable).isInstanceOf(Conflict.class);
        assertThatThrownBy(inbox::ensureArchivable).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> inbox.ensureUnarchivableUnder(null)).isInstanceOf(Conflict.class);
        assertThatThrownBy(inbox::ensureDeletable).isInstanceOf(Conflict.class);
        assertThatThrownBy(inbox::ensureCanHoldSubProjects).isInstanceOf(Conflict.class);
    }

    @Test
    void a_project_comes_back_from_the_archive_only_while_its_parent_is_not_archived() {
        Project archivedParent =
                new Project(UUID.randomUUID(), "Home", null, "red", null, false, true, ANN, CREATED, CREATED);

        assertThatThrownBy(() -> garden.ensureUnarchivableUnder(archivedParent))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("parent");
        assertThatThrownBy(archivedParent::ensureCanHoldSubProjects).isInstanceOf(Conflict.class);
        garden.ensureUnarchivableUnder(null);
        garden.ensureUnarchivableUnder(garden);
    }

    @Test
    void ownership_goes_to_another_member_never_to_the_owner() {
        UUID bo = UUID.randomUUID();

        Project transferred = garden.transferTo(Membership.joined(garden.id(), bo, ProjectRole.MEMBER, CREATED), LATER);

        assertThat(transferred.ownerId()).isEqualTo(bo);
        assertThat(transferred.updatedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> garden.transferTo(Membership.owner(garden.id(), ANN, false, CREATED), LATER))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("you own the project already");
    }

    @Test
    void the_owner_keeps_the_role_until_a_transfer_and_neither_leaves_nor_is_removed() {
        Membership owner = Membership.owner(garden.id(), ANN, false, CREATED);
        Membership member = Membership.joined(garden.id(), UUID.randomUUID(), ProjectRole.MEMBER, CREATED);

        assertThatThrownBy(() -> owner.withRole(ProjectRole.ADMIN)).isInstanceOf(Conflict.class);
        assertThatThrownBy(owner::ensureRemovable).isInstanceOf(Conflict.class);
        assertThatThrownBy(owner::ensureMayLeave).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> member.withRole(ProjectRole.OWNER)).isInstanceOf(InvalidInput.class);
        assertThat(member.withRole(ProjectRole.VIEWER).role()).isEqualTo(ProjectRole.VIEWER);
        member.ensureRemovable();
        member.ensureMayLeave();
    }

    private static ProjectChanges changes(
            Patch<String> name, Patch<String> description, Patch<String> color, Patch<UUID> parentId) {
        return new ProjectChanges(name, description, color, parentId, Patch.absent());
    }
}
