package dev.ordo.platform.memberships;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.projects.ProjectEvents;
import java.util.UUID;

/**
 * What a service does when a project changes or goes, or a member leaves, beyond the replica (comments deletes a deleted
 * project's comments; calendar forgets its tasks). The memberships module subscribes to the project and
 * member events itself, and the platform allows one handler per event type in a service, so this is how a
 * service reacts to them: declare beans of this type. Each runs in the consumer's transaction (its effect
 * commits with the replica's change and the event's processed mark), only the first time the change applies
 * (not for a redelivered or out-of-date event), and before the replica forgets the project or the member, so
 * it can still read who the members are.
 */
public interface MembershipChanges {

    /**
     * The project was created, updated, archived or unarchived, and the replica took the change (it is newer than
     * what it held; search indexes the project and follows its name into its things).
     */
    default void projectChanged(ProjectEvents.ProjectState project, EventEnvelope<?> event) {}

    /**
     * The project was deleted (its tombstone is new).
     *
     * @param actor who deleted it, or null when the event names nobody (as a UUID, or null if it is none)
     */
    default void projectDeleted(UUID projectId, UUID actor, EventEnvelope<?> event) {}

    /** The member left or was removed (the removal is newer than anything held of them). */
    default void memberRemoved(UUID projectId, UUID userId, UUID actor, EventEnvelope<?> event) {}
}
