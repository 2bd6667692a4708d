package dev.ordo.tasks.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.projects.ProjectRole;
import org.junit.jupiter.api.Test;

/** The permission matrix of the README, cell by cell. */
class PermissionTest {

    @Test
    void everyone_in_a_project_sees_it() {
        for (ProjectRole role : ProjectRole.values()) {
            assertThat(Permission.VIEW.allows(role)).as(role.wire()).isTrue();
        }
    }

    @Test
    void viewers_do_not_write_tasks_and_sections() {
        assertThat(Permission.WRITE.allows(ProjectRole.OWNER)).isTrue();
        assertThat(Permission.WRITE.allows(ProjectRole.ADMIN)).isTrue();
        assertThat(Permission.WRITE.allows(ProjectRole.MEMBER)).isTrue();
        assertThat(Permission.WRITE.allows(ProjectRole.VIEWER)).isFalse();
    }

    @Test
    void only_owners_and_admins_manage_priority_rules() {
        assertThat(Permission.MANAGE_RULES.allows(ProjectRole.OWNER)).isTrue();
        assertThat(Permission.MANAGE_RULES.allows(ProjectRole.ADMIN)).isTrue();
        assertThat(Permission.MANAGE_RULES.allows(ProjectRole.MEMBER)).isFalse();
        assertThat(Permission.MANAGE_RULES.allows(ProjectRole.VIEWER)).isFalse();
    }

    @Test
    void roles_are_read_in_lower_case_as_the_projects_service_writes_them() {
        assertThat(ProjectRole.fromWire("admin")).contains(ProjectRole.ADMIN);
        assertThat(ProjectRole.fromWire("ADMIN")).isEmpty();
    }
}
