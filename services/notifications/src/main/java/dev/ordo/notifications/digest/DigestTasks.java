package dev.ordo.notifications.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tasks a digest lists (from the task replica), and the digests made. */
@Repository
class DigestTasks {

    /** A task due on or before the digest's day. */
    record DueTask(UUID id, UUID projectId, String title, LocalDate dueDate) {}

    private static final int MAX = 50;

    private final JdbcClient jdbc;

    DigestTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether this is the first time (the digest of that day was not made yet) */
    boolean markMade(UUID user, LocalDate day) {
        return jdbc.sql("insert into digest_made (user_id, day) values (:u, :d) on conflict do nothing")
                        .param("u", user)
                        .param("d", day)
                        .update()
                > 0;
    }

    /**
     * The user's open tasks due on or before {@code day}, earliest first: assigned to them, or created by them and
     * assigned to nobody; in projects they are still a member of.
     */
    List<DueTask> dueBy(UUID user, LocalDate day) {
        return jdbc.sql("""
                        select t.id, t.project_id, t.title, t.due_date from task_replica t
                        join membership m on m.project_id = t.project_id and m.user_id = :u
                        where t.status not in ('COMPLETED', 'CANCELLED')
                          and t.due_date <= :day
                          and (t.assignee_id = :u or (t.created_by = :u and t.assignee_id is null))
                        order by t.due_date, t.title, t.id
                        limit :max""")
                .param("u", user)
                .param("day", day)
                .param("max", MAX)
                .query((rs, n) -> new DueTask(
                        rs.getObject("id", UUID.class),
                        rs.getObject("project_id", UUID.class),
                        rs.getString("title"),
                        rs.getDate("due_date").toLocalDate()))
                .list();
    }
}
