package dev.ordo.notifications.rule;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.notifications.replica.Replicas;
import dev.ordo.notifications.replica.Task;
import dev.ordo.platform.memberships.ProjectMemberships;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What every rule asks: who acted, who may still see the project, what a task or project is called. */
@Component
class Audience {

    private final ProjectMemberships memberships;
    private final Replicas replicas;

    Audience(ProjectMemberships memberships, Replicas replicas) {
        this.memberships = memberships;
        this.replicas = replicas;
    }

    /** Whether the user is a member of the project (of any role) and it was not deleted: they can still see it. */
    boolean sees(UUID projectId, UUID user) {
        return memberships.role(projectId, user).isPresent() && !memberships.deleted(projectId);
    }

    Optional<Task> task(UUID taskId) {
        return replicas.task(taskId);
    }

    /** The project's name, or "a project" for one whose name has not arrived. */
    String projectName(UUID projectId) {
        return memberships.name(projectId).orElse("a project");
    }

    Optional<UUID> owner(UUID projectId) {
        return memberships.members(projectId).stream()
                .filter(member -> memberships
                        .role(projectId, member)
                        .filter(dev.ordo.contracts.projects.ProjectRole.OWNER::equals)
                        .isPresent())
                .findFirst();
    }

    int memberCount(UUID projectId) {
        return memberships.members(projectId).size();
    }

    Optional<UUID> userByEmail(String email) {
        return replicas.userByEmail(email);
    }

    /** The event's actor as a user id, or null (a system change, or an actor that is no user). */
    static @Nullable UUID actor(EventEnvelope<?> event) {
        try {
            return event.actor() == null ? null : UUID.fromString(event.actor());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
