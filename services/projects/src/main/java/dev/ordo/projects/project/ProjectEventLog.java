package dev.ordo.projects.project;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.outbox.Outbox;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records the project's events in the outbox, inside the caller's transaction. Everything is keyed by
 * project id, so a consumer sees each project's story (members included) in order.
 */
@Component
class ProjectEventLog {

    static final String VIA_CREATED = "created";
    static final String VIA_INVITATION = "invitation";
    static final String REMOVED = "removed";
    static final String LEFT = "left";
    static final String PROJECT_DELETED = "project-deleted";

    private final Outbox outbox;

    ProjectEventLog(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(Project p, UUID actor) {
        append(ProjectEvents.PROJECT_CREATED, p.id(), actor, new ProjectEvents.ProjectCreated(p.state()));
    }

    void updated(Project p, List<String> changedFields, UUID actor) {
        append(
                ProjectEvents.PROJECT_UPDATED,
                p.id(),
                actor,
                new ProjectEvents.ProjectUpdated(p.state(), changedFields));
    }

    void archived(Project p, UUID actor) {
        append(ProjectEvents.PROJECT_ARCHIVED, p.id(), actor, new ProjectEvents.ProjectArchived(p.state()));
    }

    void unarchived(Project p, UUID actor) {
        append(ProjectEvents.PROJECT_UNARCHIVED, p.id(), actor, new ProjectEvents.ProjectUnarchived(p.state()));
    }

    void deleted(UUID projectId, UUID actor) {
        append(ProjectEvents.PROJECT_DELETED, projectId, actor, new ProjectEvents.ProjectDeleted(projectId));
    }

    void memberAdded(Membership m, String via, UUID actor) {
        append(
                ProjectEvents.MEMBER_ADDED,
                m.projectId(),
                actor,
                new ProjectEvents.MemberAdded(
                        m.projectId(), m.userId(), m.role().wire(), via));
    }

    void roleChanged(UUID projectId, UUID userId, ProjectRole previous, ProjectRole role, UUID actor) {
        append(
                ProjectEvents.MEMBER_ROLE_CHANGED,
                projectId,
                actor,
                new ProjectEvents.MemberRoleChanged(projectId, userId, previous.wire(), role.wire()));
    }

    void memberRemoved(Membership m, String reason, UUID actor) {
        append(
                ProjectEvents.MEMBER_REMOVED,
                m.projectId(),
                actor,
                new ProjectEvents.MemberRemoved(
                        m.projectId(), m.userId(), m.role().wire(), reason));
    }

    private <T> void append(EventType<T> type, UUID projectId, UUID actor, T data) {
        outbox.append(type, projectId.toString(), actor == null ? null : actor.toString(), data);
    }
}
