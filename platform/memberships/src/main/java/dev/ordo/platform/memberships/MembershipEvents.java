package dev.ordo.platform.memberships;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.events.EventSubscriptions;
import dev.ordo.platform.events.InvalidEventException;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The projects service's project and member events, as the replica takes them in the service's own consumer
 * group (invitations change nothing here), and the service's {@link MembershipChanges} told of changes,
 * deletions and removals. Runs in the platform's consumer transaction.
 */
class MembershipEvents {

    private final MembershipReplica replica;
    private final ObjectProvider<MembershipChanges> changes;

    MembershipEvents(MembershipReplica replica, ObjectProvider<MembershipChanges> changes) {
        this.replica = replica;
        this.changes = changes;
    }

    EventSubscriptions subscriptions() {
        return new EventSubscriptions()
                .on(ProjectEvents.PROJECT_CREATED, (d, e) -> project(d.project(), e))
                .on(ProjectEvents.PROJECT_UPDATED, (d, e) -> project(d.project(), e))
                .on(ProjectEvents.PROJECT_ARCHIVED, (d, e) -> project(d.project(), e))
                .on(ProjectEvents.PROJECT_UNARCHIVED, (d, e) -> project(d.project(), e))
                .on(ProjectEvents.PROJECT_DELETED, this::deleted)
                .on(ProjectEvents.MEMBER_ADDED, (d, e) -> member(d.projectId(), d.userId(), d.role(), e))
                .on(ProjectEvents.MEMBER_ROLE_CHANGED, (d, e) -> member(d.projectId(), d.userId(), d.role(), e))
                .on(ProjectEvents.MEMBER_REMOVED, this::removed);
    }

    private void project(ProjectEvents.ProjectState project, EventEnvelope<?> event) {
        if (project == null || project.projectId() == null) {
            throw new InvalidEventException("a project state without an id");
        }
        if (replica.putProject(project.projectId(), project.name(), project.archived(), event.aggregateVersion())) {
            changes.orderedStream().forEach(each -> each.projectChanged(project, event));
        }
    }

    private void member(UUID projectId, UUID userId, String role, EventEnvelope<?> event) {
        ProjectRole parsed =
                ProjectRole.fromWire(role).orElseThrow(() -> new InvalidEventException("unknown role " + role));
        replica.putMember(projectId, userId, parsed, event.aggregateVersion());
    }

    private void removed(ProjectEvents.MemberRemoved removed, EventEnvelope<?> event) {
        if (replica.removeMember(removed.projectId(), removed.userId(), event.aggregateVersion())) {
            changes.orderedStream()
                    .forEach(each -> each.memberRemoved(removed.projectId(), removed.userId(), actor(event), event));
        }
    }

    /** The service's effects first (while the members are still known), then the replica forgets the project. */
    private void deleted(ProjectEvents.ProjectDeleted deleted, EventEnvelope<?> event) {
        UUID projectId = deleted.projectId();
        if (replica.tombstoneProject(projectId, event.aggregateVersion())) {
            changes.orderedStream().forEach(each -> each.projectDeleted(projectId, actor(event), event));
        }
        replica.forgetProject(projectId);
    }

    private static UUID actor(EventEnvelope<?> event) {
        try {
            return event.actor() == null ? null : UUID.fromString(event.actor());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
