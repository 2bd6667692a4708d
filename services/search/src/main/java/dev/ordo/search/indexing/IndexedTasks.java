package dev.ordo.search.indexing;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What search keeps of each task ({@code indexed_task}): its project and title (a comment's hit is titled by its
 * task), its version, and whether it was deleted (a deleted task's late comments are not indexed).
 */
@Repository
public class IndexedTasks {

    /** A task as held: {@code deleted} ones are tombstones. */
    record Held(UUID projectId, long version, boolean deleted) {}

    private final JdbcClient jdbc;

    IndexedTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The task as held, its row locked until the transaction ends (one event of a task at a time). */
    Optional<Held> lock(UUID id) {
        return jdbc.sql("select project_id, version, deleted from indexed_task where id = :id for update")
                .param("id", id)
                .query((rs, n) -> new Held(
                        rs.getObject("project_id", UUID.class), rs.getLong("version"), rs.getBoolean("deleted")))
                .optional();
    }

    void put(UUID id, UUID projectId, String title, long version) {
        jdbc.sql("""
                        insert into indexed_task (id, project_id, title, version) values (:id, :p, :title, :version)
                        on conflict (id) do update
                        set project_id = excluded.project_id, title = excluded.title, version = excluded.version
                        where not indexed_task.deleted""")
                .param("id", id)
                .param("p", projectId)
                .param("title", title)
                .param("version", version)
                .update();
    }

    void markDeleted(UUID id, UUID projectId, long version) {
        jdbc.sql("""
                        insert into indexed_task (id, project_id, title, version, deleted)
                        values (:id, :p, '', :version, true)
                        on conflict (id) do update set title = '', deleted = true,
                            version = greatest(indexed_task.version, excluded.version)""")
                .param("id", id)
                .param("p", projectId)
                .param("version", version)
                .update();
    }

    /** Whether the task is known to be deleted. */
    boolean deleted(UUID id) {
        return jdbc.sql("select count(*) from indexed_task where id = :id and deleted")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The project the task is in now, if known. */
    Optional<UUID> projectOf(UUID id) {
        return jdbc.sql("select project_id from indexed_task where id = :id and not deleted")
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    /** The titles of those of these tasks that are known and not deleted. */
    public Map<UUID, String> titles(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, title from indexed_task where id = any(cast(:ids as uuid[])) and not deleted")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("title")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void forgetProject(UUID projectId) {
        jdbc.sql("delete from indexed_task where project_id = :p and not deleted")
                .param("p", projectId)
                .update();
    }

    void reset() {
        jdbc.sql("delete from indexed_task").update();
    }
}
