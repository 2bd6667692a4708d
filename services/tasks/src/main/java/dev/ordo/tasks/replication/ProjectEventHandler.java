package dev.ordo.tasks.replication;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.platform.events.EventCodec;
import dev.ordo.tasks.access.Memberships;
import dev.ordo.tasks.access.ProjectReplica;
import dev.ordo.tasks.access.ProjectReplicas;
import dev.ordo.tasks.access.Role;
import dev.ordo.tasks.cache.MostUrgentCache;
import dev.ordo.tasks.rule.PriorityRuleService;
import dev.ordo.tasks.section.SectionService;
import dev.ordo.tasks.task.ProjectTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

/**
 * What the projects service's events mean here: the project and membership replicas, and the tasks of
 * deleted projects and removed members. Runs inside the idempotent consumer's transaction, so the effect
 * and the record that the event was processed commit together.
 */
@Service
public class ProjectEventHandler {

    private final ProjectReplicas projects;
    private final Memberships memberships;
    private final ProjectTasks tasks;
    private final SectionService sections;
    private final PriorityRuleService rules;
    private final MostUrgentCache cache;
    private final EventCodec codec;

    ProjectEventHandler(ProjectReplicas projects, Memberships memberships, ProjectTasks tasks, SectionService sections,
                        PriorityRuleService rules,
                        MostUrgentCache cache, EventCodec codec) {
        this.projects = projects;
        this.memberships = memberships;
        this.tasks = tasks;
        this.sections = sections;
        this.rules = rules;
        this.cache = cache;
        this.codec = codec;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(EventEnvelope<JsonNode> event) {
        switch (event.type()) {
            case "project.created" -> put(codec.data(event, ProjectEvents.PROJECT_CREATED).project());
            case "project.updated" -> put(codec.data(event, ProjectEvents.PROJECT_UPDATED).project());
            case "project.archived" -> put(codec.data(event, ProjectEvents.PROJECT_ARCHIVED).project());
            case "project.unarchived" -> put(codec.data(event, ProjectEvents.PROJECT_UNARCHIVED).project());
            case "project.deleted" -> deleted(codec.data(event, ProjectEvents.PROJECT_DELETED).projectId(), actor(event));
            case "member.added" -> {
                var added = codec.data(event, ProjectEvents.MEMBER_ADDED);
                member(added.projectId(), added.userId(), added.role());
            }
            case "member.role-changed" -> {
                var changed = codec.data(event, ProjectEvents.MEMBER_ROLE_CHANGED);
                member(changed.projectId(), changed.userId(), changed.role());
            }
            case "member.removed" -> {
                var removed = codec.data(event, ProjectEvents.MEMBER_REMOVED);
                tasks.unassign(removed.projectId(), removed.userId(), actor(event));
                memberships.remove(removed.projectId(), removed.userId());
                cache.evictUsersAfterCommit(List.of(removed.userId()));
            }
            default -> {
                // invitations change nothing here
            }
        }
    }

    static boolean matters(String type) {
        return type.startsWith("project.") || type.startsWith("member.");
    }

    private void put(ProjectEvents.ProjectState p) {
        projects.put(new ProjectReplica(p.projectId(), p.name(), p.parentId(), p.inbox(), p.archived(), p.ownerId()));
        cache.evictProjectAfterCommit(p.projectId());
    }

    private void member(UUID projectId, UUID userId, String wireRole) {
        Role role = Role.fromWire(wireRole).orElseThrow(() -> new IllegalArgumentException("unknown role " + wireRole));
        memberships.put(projectId, userId, role);
        cache.evictUsersAfterCommit(List.of(userId));
    }

    /** Its tasks, sections and rules go (with their events), then what is known of the project. */
    private void deleted(UUID projectId, UUID actor) {
        tasks.deleteAllOf(projectId, actor);
        sections.deleteAllOf(projectId, actor);
        rules.deleteAllOf(projectId);
        cache.evictProjectAfterCommit(projectId);
        memberships.removeAll(projectId);
        projects.delete(projectId);
    }

    private static UUID actor(EventEnvelope<?> event) {
        try {
            return event.actor() == null ? null : UUID.fromString(event.actor());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
