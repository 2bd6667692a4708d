package dev.ordo.notifications.reminder;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.notifications.intake.EventReaction;
import dev.ordo.notifications.replica.TaskStates;
import dev.ordo.platform.memberships.MembershipChanges;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Reminders hear of tasks (after the replica has taken the event) and of members leaving and projects going. */
@Configuration(proxyBeanMethods = false)
class ReminderReactions {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    EventReaction remindersFollowTheirTasks(ReminderFollowing following) {
        return new EventReaction() {
            @Override
            public Set<EventType<?>> types() {
                Set<EventType<?>> all = new HashSet<>(TaskStates.TYPES);
                all.add(TaskEvents.TASK_DELETED);
                return all;
            }

            @Override
            public void react(Object data, EventEnvelope<?> event) {
                if (data instanceof TaskEvents.TaskDeleted deleted) {
                    following.taskDeleted(deleted.taskId());
                    return;
                }
                TaskState task = TaskStates.of(data);
                following.taskChanged(task.taskId(), event.time());
                if (data instanceof TaskEvents.TaskCreated) {
                    UUID creator = task.createdBy() != null ? task.createdBy() : actor(event);
                    if (creator != null) {
                        following.defaultReminder(task.taskId(), creator, event.time());
                    }
                }
                if ((data instanceof TaskEvents.TaskCreated || data instanceof TaskEvents.TaskAssigned)
                        && task.assigneeId() != null) {
                    following.defaultReminder(task.taskId(), task.assigneeId(), event.time());
                }
            }
        };
    }

    @Bean
    MembershipChanges remindersLeaveWithTheirUser(ReminderFollowing following) {
        return new MembershipChanges() {
            @Override
            public void projectDeleted(UUID projectId, UUID actor, EventEnvelope<?> event) {
                following.projectDeleted(projectId);
            }

            @Override
            public void memberRemoved(UUID projectId, UUID userId, UUID actor, EventEnvelope<?> event) {
                following.memberRemoved(projectId, userId);
            }
        };
    }

    private static UUID actor(EventEnvelope<?> event) {
        try {
            return event.actor() == null ? null : UUID.fromString(event.actor());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
