package dev.ordo.notifications.live;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.testsupport.TestJwks;
import dev.ordo.testsupport.Upstream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Projects, their members and their tasks as the notifications service hears of them (events on the embedded
 * broker); each sentence waits until the service's replica shows it.
 */
final class LiveWorld {

    /** Someone with a token. */
    record Person(UUID id, String token) {

        static Person fresh() {
            UUID id = UUID.randomUUID();
            return new Person(id, TestJwks.get().tokenFor(id, "user"));
        }
    }

    private final Upstream upstream;

    LiveWorld(KafkaTemplate<String, String> kafka, EventCodec codec, JdbcClient jdbc) {
        this.upstream = new Upstream(kafka, codec, jdbc);
    }

    /** A project owned by the first person, the others its members. */
    UUID project(Person owner, Person... members) {
        UUID id = UUID.randomUUID();
        upstream.publish(
                ProjectEvents.PROJECT_CREATED,
                id,
                owner.id(),
                new ProjectEvents.ProjectCreated(
                        new ProjectEvents.ProjectState(id, "P", null, "charcoal", null, false, false, owner.id())));
        join(id, owner, ProjectEvents.OWNER);
        for (Person member : members) {
            join(id, member, ProjectEvents.MEMBER);
        }
        return id;
    }

    private void join(UUID project, Person person, String role) {
        upstream.publish(
                ProjectEvents.MEMBER_ADDED,
                project,
                null,
                new ProjectEvents.MemberAdded(project, person.id(), role, "invitation"));
        upstream.awaitCount(
                1,
                "select count(*) from membership where project_id = :p and user_id = :u",
                Map.of("p", project, "u", person.id()));
    }

    /** {@code actor} creates a task in the project (task.created, as tasks publishes it). */
    UUID task(UUID project, Person actor, String title) {
        UUID id = UUID.randomUUID();
        long version = upstream.nextVersion(TaskEvents.TASK_CREATED.topic(), id);
        TaskEvents.TaskState task = new TaskEvents.TaskState(
                id,
                project,
                null,
                null,
                title,
                "PENDING",
                "P4",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                actor.id(),
                Instant.now(),
                null,
                version,
                null,
                null,
                false,
                null);
        upstream.publish(TaskEvents.TASK_CREATED, id, version, actor.id(), new TaskEvents.TaskCreated(task));
        return id;
    }
}
