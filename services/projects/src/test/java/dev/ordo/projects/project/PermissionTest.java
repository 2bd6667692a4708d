package dev.ordo.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.projects.ProjectRole;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @Test
    void every_role_may_view_and_star_a_project() {
        for (ProjectRole role : ProjectRole.values()) {
            assertThat(Permission.VIEW.allows(role)).isTrue();
            assertThat(Permission.SET_OWN_FAVORITE.allows(role)).isTrue();
        }
    }

    @Test
    void only_the_owner_deletes_and_transfers() {
        assertThat(rolesThatMay(Permission.DELETE)).containsExactly(ProjectRole.OWNER);
        assertThat(rolesThatMay(Permission.TRANSFER)).containsExactly(ProjectRole.OWNER);
    }

    @Test
    void owners_and_admins_run_the_project() {
        for (Permission p : EnumSet.of(
                Permission.EDIT,
                Permission.ARCHIVE,
                Permission.MANAGE_INVITATIONS,
                Permission.MANAGE_MEMBERS,
                Permission.CREATE_SUBPROJECT)) {
            assertThat(rolesThatMay(p)).as(p.name()).containsExactlyInAnyOrder(ProjectRole.OWNER, ProjectRole.ADMIN);
        }
    }

    @Test
    void everyone_but_the_owner_may_leave() {
        assertThat(rolesThatMay(Permission.LEAVE))
                .containsExactlyInAnyOrder(ProjectRole.ADMIN, ProjectRole.MEMBER, ProjectRole.VIEWER);
    }

    @Test
    void roles_are_lower_case_on_the_wire_and_nothing_else_is_a_role() {
        assertThat(Arrays.stream(ProjectRole.values()).map(ProjectRole::wire))
                .containsExactly("owner", "admin", "member", "viewer");
        assertThat(ProjectRole.fromWire("OWNER")).isEmpty();
        assertThat(ProjectRole.fromWire("boss")).isEmpty();
    }

    private static Set<ProjectRole> rolesThatMay(Permission permission) {
        return Arrays.stream(ProjectRole.values())
                .filter(r -> permission.allows(r))
                .collect(Collectors.toSet());
    }
}
