package dev.ordo.tasks.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The permission matrix of the README, cell by cell. */
class PermissionTest {

    @Test
    void everyone_in_a_project_sees_it() {
        for (Role role : Role.values()) {
            assertThat(role.may(Permission.VIEW)).as(role.wire()).isTrue();
        }
    }

    @Test
    void viewers_do_not_write_tasks_and_sections() {
        assertThat(Role.OWNER.may(Permission.WRITE)).isTrue();
        assertThat(Role.ADMIN.may(Permission.WRITE)).isTrue();
        assertThat(Role.MEMBER.may(Permission.WRITE)).isTrue();
        assertThat(Role.VIEWER.may(Permission.WRITE)).isFalse();
    }

    @Test
    void only_owners_and_admins_manage_priority_rules() {
        assertThat(Role.OWNER.may(Permission.MANAGE_RULES)).isTrue();
        assertThat(Role.ADMIN.may(Permission.MANAGE_RULES)).isTrue();
        assertThat(Role.MEMBER.may(Permission.MANAGE_RULES)).isFalse();
        assertThat(Role.VIEWER.may(Permission.MANAGE_RULES)).isFalse();
    }

    @Test
    void roles_are_read_in_lower_case_as_the_projects_service_writes_them() {
        assertThat(Role.fromWire("admin")).contains(Role.ADMIN);
        assertThat(Role.fromWire("ADMIN")).isEmpty();
    }
}
