package dev.ordo.calendar.replication;

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
 * What calendar reads from other services, in the consumer group {@code calendar}: projects' project and member
 * events (through the platform's memberships module), identity's user events (the time zone), and tasks' task
 * events (what the agenda and the feed show of tasks). The platform applies each once, in its transaction, and retries it until it works; a message that is no
 * event, or that is invalid, goes to {@code <topic>.calendar.dlt}.
 */
@Configuration(proxyBeanMethods = false)
class ReplicationSubscriptions {

    /**
     * Projects' project and member events are the platform's memberships module's (ADR 0030); what a deleted
     * project means here beyond that: its tasks leave the agenda.
     */
    @Bean
    MembershipChanges deletedProjectsTasks(ReplicaWrites replicas) {
        return new MembershipChanges() {
            @Override
            public void projectDeleted(UUID projectId, UUID actor, EventEnvelope<?> event) {
                replicas.deleteTasksOf(projectId);
            }
        };
    }

    @Bean
    EventSubscriptions userEvents(ReplicaWrites replicas) {
        return new EventSubscriptions()
                .on(
                        IdentityEvents.USER_REGISTERED,
                        (d, e) -> replicas.putUser(d.userId(), d.timezone(), e.aggregateVersion()))
                .on(
                        IdentityEvents.USER_UPDATED,
                        (d, e) -> replicas.putUser(d.userId(), d.timezone(), e.aggregateVersion()));
    }

    @Bean
    EventSubscriptions taskEvents(ReplicaWrites replicas) {
        return new EventSubscriptions()
                .on(TaskEvents.TASK_CREATED, (d, e) -> task(replicas, d.task(), e))
                .on(TaskEvents.TASK_UPDATED, (d, e) -> task(replicas, d.task(), e))
                .on(TaskEvents.TASK_COMPLETED, (d, e) -> task(replicas, d.task(), e))
                .on(TaskEvents.TASK_REOPENED, (d, e) -> task(replicas, d.task(), e))
                .on(TaskEvents.TASK_CANCELLED, (d, e) -> task(replicas, d.task(), e))
                .on(TaskEvents.TASK_MOVED, (d, e) -> task(replicas, d.task(), e))
                .on(TaskEvents.TASK_ASSIGNED, (d, e) -> task(replicas, d.task(), e))
                .on(TaskEvents.TASK_PRIORITY_CHANGED, (d, e) -> task(replicas, d.task(), e))
                .on(TaskEvents.TASK_DELETED, (d, e) -> replicas.deleteTask(d.taskId(), e.aggregateVersion()));
    }

    /** For {@code POST /actuator/replay}: the replicas emptied, then rebuilt from their topics. */
    @Bean
    ReplayableReadModel calendarReplicas(ReplicaWrites replicas) {
        return new ReplayableReadModel() {
            @Override
            public String name() {
                return "calendar-replicas";
            }

            @Override
            public void reset() {
                replicas.reset();
            }
        };
    }

    private static void task(ReplicaWrites replicas, TaskState task, EventEnvelope<?> e) {
        if (task.taskId() == null || task.projectId() == null || task.title() == null || task.status() == null) {
            throw new InvalidEventException("a task state without id, project, title or status");
        }
        replicas.putTask(task, e.aggregateVersion());
    }
}
