package dev.ordo.comments.replication;

import dev.ordo.comments.comment.CommentCascades;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.platform.events.EventSubscriptions;
import dev.ordo.platform.events.InvalidEventException;
import dev.ordo.platform.events.ReplayableReadModel;
import dev.ordo.platform.memberships.MembershipChanges;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What comments reads from other services, in the consumer group {@code comments}: projects' project and member
 * events through the platform's membership replica (who may read and write), tasks' task events (which project a task's comments belong to; a deleted task
 * takes its comments along) and identity's user events (the names shown). The platform applies each once, in its
 * transaction, and retries it until it works; a message that is no event, or is invalid, goes to
 * {@code <topic>.comments.dlt}.
 */
@Configuration(proxyBeanMethods = false)
class ReplicationSubscriptions {

    /**
     * The platform keeps the project and membership replica (platform/memberships); a deleted project takes its
     * comments, and the task replicas of its tasks, along.
     */
    @Bean
    MembershipChanges projectDeletions(ReplicaWrites replicas, CommentCascades comments) {
        return new MembershipChanges() {
            @Override
            public void projectDeleted(UUID projectId, UUID actor, EventEnvelope<?> event) {
                comments.projectDeleted(projectId);
                replicas.deleteProjectTasks(projectId);
            }
        };
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

    /** One task state, from whichever task event carried it. */
    @FunctionalInterface
    private interface TaskHandler {
        void handle(TaskState task, EventEnvelope<?> event);
    }
}
