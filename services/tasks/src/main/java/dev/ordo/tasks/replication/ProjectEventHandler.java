package dev.ordo.tasks.replication;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.events.EventSubscriptions;
import dev.ordo.platform.events.InvalidEventException;
import dev.ordo.tasks.access.ProjectReplica;
import dev.ordo.tasks.cache.MostUrgentCache;
import dev.ordo.tasks.rule.PriorityRuleService;
import dev.ordo.tasks.section.SectionService;
import dev.ordo.tasks.task.ProjectTasks;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the projects service's events mean here: the project and membership replicas, and the tasks of
 * deleted projects and removed members. Runs inside the platform's consumer transaction, so the effect
 * and the record that the event was processed commit together. An event older than what the replica holds
 * changes nothing (aggregate versions, {@link VersionedReplicas}); so a removal replayed after the member
 * came back does not unassign their tasks again.
 */
@Service
public class ProjectEventHandler {

    private final VersionedReplicas replicas;
    private final ProjectTasks tasks;
    private final SectionService sections;
    private final PriorityRuleService rules;
    private final MostUrgentCache cache;

    ProjectEventHandler(
            VersionedReplicas replicas,
            ProjectTasks tasks,
            SectionService sections,
            PriorityRuleService rules,
            MostUrgentCache cache) {
        this.replicas = replicas;
        this.tasks = tasks;
        this.sections = sections;
        this.rules = rules;
        this.cache = cache;
    }

    /** Project and member events; invitations change nothing here. */
    EventSubscriptions subscriptions() {
        return new EventSubscriptions()
                .on(ProjectEvents.PROJECT_CREATED, (created, e) -> put(created.project(), e))
                .on(ProjectEvents.PROJECT_UPDATED, (updated, e) -> put(updated.project(), e))
                .on(ProjectEvents.PROJECT_ARCHIVED, (archived, e) -> put(archived.project(), e))
                .on(ProjectEvents.PROJECT_UNARCHIVED, (unarchived, e) -> put(unarchived.project(), e))
                .on(ProjectEvents.PROJECT_DELETED, this::deleted)
                .on(
                        ProjectEvents.MEMBER_ADDED,
                        (added, e) -> member(added.projectId(), added.userId(), added.role(), e))
                .on(
                        ProjectEvents.MEMBER_ROLE_CHANGED,
                        (changed, e) -> member(changed.projectId(), changed.userId(), changed.role(), e))
                .on(ProjectEvents.MEMBER_REMOVED, this::removed);
    }

    private void put(ProjectEvents.ProjectState p, EventEnvelope<?> event) {
        if (replicas.putProject(
                new ProjectReplica(p.projectId(), p.name(), p.parentId(), p.inbox(), p.archived(), p.ownerId()),
                event.aggregateVersion())) {
            cache.evictProjectAfterCommit(p.projectId());
        }
    }

    private void member(UUID projectId, UUID userId, String wireRole, EventEnvelope<?> event) {
        ProjectRole role =
                ProjectRole.fromWire(wireRole).orElseThrow(() -> new InvalidEventException("unknown role " + wireRole));
        if (replicas.putMember(projectId, userId, role, event.aggregateVersion())) {
            cache.evictUsersAfterCommit(List.of(userId));
        }
    }

    private void removed(ProjectEvents.MemberRemoved removed, EventEnvelope<?> event) {
        if (replicas.removeMember(removed.projectId(), removed.userId(), event.aggregateVersion())) {
            tasks.unassign(removed.projectId(), removed.userId(), actor(event));
            cache.evictUsersAfterCommit(List.of(removed.userId()));
        }
    }

    /** Its tasks, sections and rules go (with their events), then what is known of the project; once. */
    private void deleted(ProjectEvents.ProjectDeleted deleted, EventEnvelope<?> event) {
        UUID projectId = deleted.projectId();
        if (replicas.projectDeleted(projectId)) {
            return;
        }
        UUID actor = actor(event);
        tasks.deleteAllOf(projectId, actor);
        sections.deleteAllOf(projectId, actor);
        rules.deleteAllOf(projectId);
        cache.evictProjectAfterCommit(projectId);
        replicas.deleteProject(projectId, event.aggregateVersion());
    }

    private static UUID actor(EventEnvelope<?> event) {
        try {
            return event.actor() == null ? null : UUID.fromString(event.actor());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
