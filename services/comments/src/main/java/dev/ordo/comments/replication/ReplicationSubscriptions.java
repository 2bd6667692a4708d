package dev.ordo.comments.replication;

import dev.ordo.comments.comment.CommentCascades;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.platform.events.EventSubscriptions;
import dev.ordo.platform.events.InvalidEventException;
import dev.ordo.platform.events.ReplayableReadModel;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What comments reads from other services, in the consumer group {@code comments}: projects' project and member
 * events (who may read and write), tasks' task events (which project a task's comments belong to; a deleted task
 * takes its comments along) and identity's user events (the names shown). The platform applies each once, in its
 * transaction, and retries it until it works; a message that is no event, or is invalid, goes to
 * {@code <topic>.comments.dlt}.
 */
@Configuration(proxyBeanMethods = false)
class ReplicationSubscriptions {

    @Bean
    EventSubscriptions projectEvents(ReplicaWrites replicas, CommentCascades comments) {
        return new EventSubscriptions()
                .on(ProjectEvents.PROJECT_CREATED, (d, e) -> project(replicas, d.project(), e))
                .on(ProjectEvents.PROJECT_UPDATED, (d, e) -> project(replicas, d.project(), e))
                .on(ProjectEvents.PROJECT_ARCHIVED, (d, e) -> project(replicas, d.project(), e))
                .on(ProjectEvents.PROJECT_UNARCHIVED, (d, e) -> project(replicas, d.project(), e))
                .on(ProjectEvents.PROJECT_DELETED, (d, e) -> {
                    comments.projectDeleted(d.projectId());
                    replicas.deleteProject(d.projectId(), e.aggregateVersion());
                })
                .on(ProjectEvents.MEMBER_ADDED, (d, e) -> member(replicas, d.projectId(), d.userId(), d.role(), e))
                .on(
                        ProjectEvents.MEMBER_ROLE_CHANGED,
                        (d, e) -> member(replicas, d.projectId(), d.userId(), d.role(), e))
                .on(
                        ProjectEvents.MEMBER_REMOVED,
                        (d, e) -> replicas.removeMember(d.projectId(), d.userId(), e.aggregateVersion()));
    }

    @Bean
    EventSubscriptions taskEvents(ReplicaWrites replicas, CommentCascades comments) {
        TaskHandler task = (t, e) -> {
            if (t.taskId() == null || t.projectId() == null || t.title() == null) {
                throw new InvalidEventException("a task state without id, project or title");
            }
            if (replicas.putTask(t.taskId(), t.projectId(), t.title(), e.aggregateVersion())) {
                comments.taskIn(t.taskId(), t.projectId());
            }
        };
        return new EventSubscriptions()
                .on(TaskEvents.TASK_CREATED, (d, e) -> task.handle(d.task(), e))
                .on(TaskEvents.TASK_UPDATED, (d, e) -> task.handle(d.task(), e))
                .on(TaskEvents.TASK_COMPLETED, (d, e) -> task.handle(d.task(), e))
                .on(TaskEvents.TASK_REOPENED, (d, e) -> task.handle(d.task(), e))
                .on(TaskEvents.TASK_CANCELLED, (d, e) -> task.handle(d.task(), e))
                .on(TaskEvents.TASK_MOVED, (d, e) -> task.handle(d.task(), e))
                .on(TaskEvents.TASK_ASSIGNED, (d, e) -> task.handle(d.task(), e))
                .on(TaskEvents.TASK_PRIORITY_CHANGED, (d, e) -> task.handle(d.task(), e))
                .on(TaskEvents.TASK_DELETED, (d, e) -> {
                    comments.taskDeleted(d.taskId());
                    replicas.deleteTask(d.taskId(), e.aggregateVersion());
                });
    }

    @Bean
    EventSubscriptions userEvents(ReplicaWrites replicas) {
        return new EventSubscriptions()
                .on(
                        IdentityEvents.USER_REGISTERED,
                        (d, e) -> replicas.putUser(d.userId(), d.name(), d.email(), e.aggregateVersion()))
                .on(
                        IdentityEvents.USER_UPDATED,
                        (d, e) -> replicas.putUser(d.userId(), d.name(), d.email(), e.aggregateVersion()));
    }

    /** For {@code POST /actuator/replay}: the replicas emptied, then rebuilt from their topics. */
    @Bean
    ReplayableReadModel commentsReplicas(ReplicaWrites replicas) {
        return new ReplayableReadModel() {
            @Override
            public String name() {
                return "comments-replicas";
            }

            @Override
            public void reset() {
                replicas.reset();
            }
        };
    }

    private static void project(ReplicaWrites replicas, ProjectEvents.ProjectState p, EventEnvelope<?> e) {
        replicas.putProject(p.projectId(), p.archived(), e.aggregateVersion());
    }

    private static void member(ReplicaWrites replicas, UUID projectId, UUID userId, String role, EventEnvelope<?> e) {
        ProjectRole parsed =
                ProjectRole.fromWire(role).orElseThrow(() -> new InvalidEventException("unknown role " + role));
        replicas.putMember(projectId, userId, parsed, e.aggregateVersion());
    }

    /** One task state, from whichever task event carried it. */
    @FunctionalInterface
    private interface TaskHandler {
        void handle(TaskState task, EventEnvelope<?> event);
    }
}
