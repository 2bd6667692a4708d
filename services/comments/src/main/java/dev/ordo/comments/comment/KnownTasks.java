package dev.ordo.comments.comment;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tasks the task replica knows: which project each is in (a task's comments are that project's). */
@Repository
class KnownTasks {

    private final JdbcClient jdbc;

    KnownTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> projectOf(UUID taskId) {
        return jdbc.sql("select project_id from task_replica where id = :id")
                .param("id", taskId)
                .query(UUID.class)
                .optional();
    }
}
