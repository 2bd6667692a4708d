package dev.ordo.search.indexing;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What search keeps of each section ({@code indexed_section}): its name, searched with its tasks. */
@Repository
class IndexedSections {

    private final JdbcClient jdbc;

    IndexedSections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether it applied (newer than what is held, and the section not deleted) */
    boolean put(UUID id, UUID projectId, String name, long version) {
        return jdbc.sql("""
                        insert into indexed_section (id, project_id, name, version) values (:id, :p, :name, :version)
                        on conflict (id) do update
                        set project_id = excluded.project_id, name = excluded.name, version = excluded.version
                        where not indexed_section.deleted
                          and (excluded.version = 0 or indexed_section.version < excluded.version)""")
                        .param("id", id)
                        .param("p", projectId)
                        .param("name", name)
                        .param("version", version)
                        .update()
                > 0;
    }

    void markDeleted(UUID id, UUID projectId, long version) {
        jdbc.sql("""
                        insert into indexed_section (id, project_id, name, version, deleted)
                        values (:id, :p, '', :version, true)
                        on conflict (id) do update set deleted = true,
                            version = greatest(indexed_section.version, excluded.version)""")
                .param("id", id)
                .param("p", projectId)
                .param("version", version)
                .update();
    }

    /**
     * The section's name, read under a share lock: a rename of it (which updates the row, then its tasks' documents)
     * waits for this transaction, or this one for the rename, so a task is never indexed with a name just replaced.
     */
    Optional<String> name(UUID id) {
        return jdbc.sql("select name from indexed_section where id = :id and not deleted for share")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    void forgetProject(UUID projectId) {
        jdbc.sql("delete from indexed_section where project_id = :p")
                .param("p", projectId)
                .update();
    }

    void reset() {
        jdbc.sql("delete from indexed_section").update();
    }
}
