package dev.ordo.notifications.replica;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.notifications.intake.EventReaction;
import dev.ordo.platform.events.InvalidEventException;
import dev.ordo.platform.events.ReplayableReadModel;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The replicas are written first ({@link Ordered#HIGHEST_PRECEDENCE}): every other reaction to a task or user event
 * reads them as they are after it.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaReactions {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    EventReaction taskReplica(ReplicaWrites writes) {
        return new EventReaction() {
            @Override
            public Set<EventType<?>> types() {
                Set<EventType<?>> all = new java.util.HashSet<>(TaskStates.TYPES);
                all.add(TaskEvents.TASK_DELETED);
                return all;
            }

            @Override
            public void react(Object data, EventEnvelope<?> event) {
                if (data instanceof TaskEvents.TaskDeleted deleted) {
                    writes.deleteTask(deleted.taskId(), event.aggregateVersion());
                    return;
                }
                TaskState task = TaskStates.of(data);
                if (task.taskId() == null
                        || task.projectId() == null
                        || task.title() == null
                        || task.status() == null) {
                    throw new InvalidEventException("a task state without id, project, title or status");
                }
                writes.putTask(task, event.aggregateVersion());
            }
        };
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    EventReaction userReplica(ReplicaWrites writes) {
        return new EventReaction() {
            @Override
            public Set<EventType<?>> types() {
                return Set.of(
                        IdentityEvents.USER_REGISTERED, IdentityEvents.USER_UPDATED, IdentityEvents.USER_EMAIL_CHANGED);
            }

            @Override
            public void react(Object data, EventEnvelope<?> event) {
                long version = event.aggregateVersion();
                switch (data) {
                    case IdentityEvents.UserRegistered u ->
                        writes.putUser(u.userId(), u.name(), u.email(), u.timezone(), u.locale(), version);
                    case IdentityEvents.UserUpdated u ->
                        writes.putUser(u.userId(), u.name(), u.email(), u.timezone(), u.locale(), version);
                    case IdentityEvents.UserEmailChanged u -> writes.changeEmail(u.userId(), u.email(), version);
                    default -> throw new InvalidEventException("not a user event: " + data.getClass());
                }
            }
        };
    }

    /** For {@code POST /actuator/replay}: the task and user replicas emptied, then rebuilt from their topics. */
    @Bean
    ReplayableReadModel notificationReplicas(ReplicaWrites writes) {
        return new ReplayableReadModel() {
            @Override
            public String name() {
                return "notifications-replicas";
            }

            @Override
            public void reset() {
                writes.reset();
            }
        };
    }
}
