package dev.ordo.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @Test
    void every_role_may_view_and_star_a_project() {
        for (Role role : Role.values()) {
            assertThat(role.may(Permission.VIEW)).isTrue();
            assertThat(role.may(Permission.SET_OWN_FAVORITE)).isTrue();
        }
    }

    @Test
    void only_the_owner_deletes_and_transfers() {
        assertThat(rolesThatMay(Permission.DELETE)).containsExactly(Role.OWNER);
        assertThat(rolesThatMay(Permission.TRANSFER)).containsExactly(Role.OWNER);
    }

    @Test
    void owners_and_admins_run_the_project() {
        for (Permission p : EnumSet.of(
                Permission.EDIT,
                Permission.ARCHIVE,
                Permission.MANAGE_INVITATIONS,
                Permission.MANAGE_MEMBERS,
                Permission.CREATE_SUBPROJECT)) {
            assertThat(rolesThatMay(p)).as(p.name()).containsExactlyInAnyOrder(Role.OWNER, Role.ADMIN);
        }
    }

    @Test
    void everyone_but_the_owner_may_leave() {
        assertThat(rolesThatMay(Permission.LEAVE)).containsExactlyInAnyOrder(Role.ADMIN, Role.MEMBER, Role.VIEWER);
    }

    @Test
    void roles_are_lower_case_on_the_wire_and_nothing_else_is_a_role() {
        assertThat(Arrays.stream(Role.values()).map(Role::wire)).containsExactly("owner", "admin", "member", "viewer");
        assertThat(Role.fromWire("OWNER")).isEmpty();
        assertThat(Role.fromWire("boss")).isEmpty();
    }

    private static Set<Role> rolesThatMay(Permission permission) {
        return Arrays.stream(Role.values()).filter(r -> r.may(permission)).collect(Collectors.toSet());
    }
}
