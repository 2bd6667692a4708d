package dev.ordo.platform.memberships;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.projects.ProjectEvents;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A service with the memberships module and nothing else: it notes what it is told of changes, deletions and
 * removals. */
@SpringBootApplication
public class MembershipsTestApplication {

    /** Notes each change in {@code membership_effect}, with how many members the project still had then. */
    @Component
    static class NotedChanges implements MembershipChanges {

        private final JdbcClient jdbc;
        private final ProjectMemberships memberships;

        NotedChanges(JdbcClient jdbc, ProjectMemberships memberships) {
            this.jdbc = jdbc;
            this.memberships = memberships;
        }

        @Override
        public void projectChanged(ProjectEvents.ProjectState project, EventEnvelope<?> event) {
            note("project-changed:" + project.name(), project.projectId(), null);
        }

        @Override
        public void projectDeleted(UUID projectId, UUID actor, EventEnvelope<?> event) {
            note("project-deleted", projectId, actor);
        }

        @Override
        public void memberRemoved(UUID projectId, UUID userId, UUID actor, EventEnvelope<?> event) {
            note("member-removed", projectId, userId);
        }

        private void note(String kind, UUID projectId, UUID userId) {
            jdbc.sql("insert into membership_effect (kind, project_id, user_id, members) values (:k, :p, :u, :m)")
                    .param("k", kind)
                    .param("p", projectId)
                    .param("u", userId)
                    .param("m", memberships.members(projectId).size())
                    .update();
        }
    }
}
