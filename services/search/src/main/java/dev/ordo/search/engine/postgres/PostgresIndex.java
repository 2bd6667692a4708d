package dev.ordo.search.engine.postgres;

import dev.ordo.search.engine.DocumentType;
import dev.ordo.search.engine.IndexWriter;
import dev.ordo.search.engine.SearchDocument;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes one generation's table: {@code search_document} (live) or {@code search_document_shadow} (a rebuild's). Each
 * write is one statement, in the caller's transaction when there is one (the event consumer's: the write commits
 * with the event's processed mark).
 */
final class PostgresIndex implements IndexWriter {

    private final JdbcClient jdbc;
    private final String table;
    private final Lexicon lexicon;

    PostgresIndex(JdbcClient jdbc, String table, Lexicon lexicon) {
        this.jdbc = jdbc;
        this.table = table;
        this.lexicon = lexicon;
    }

    @Override
    public boolean upsert(SearchDocument d) {
        boolean applied = jdbc.sql("""
                        insert into %1$s (type, id, project_id, owner_id, task_id, section_id, title, body, labels,
                                section_name, project_name, status, priority, due, assignee_id, updated_at, version,
                                deleted, vector)
                        values (:type, :id, :projectId, :ownerId, :taskId, :sectionId, :title, :body, :labels,
                                :sectionName, :projectName, :status, :priority, :due, :assigneeId, :updatedAt, :version,
                                false, search_vector(:type, :title,
                                        search_context(:labels, :sectionName, :projectName), :body))
                        on conflict (type, id) do update
                        set project_id = excluded.project_id, owner_id = excluded.owner_id, task_id = excluded.task_id,
                            section_id = excluded.section_id, title = excluded.title, body = excluded.body,
                            labels = excluded.labels, section_name = excluded.section_name,
                            project_name = excluded.project_name, status = excluded.status,
                            priority = excluded.priority, due = excluded.due, assignee_id = excluded.assignee_id,
                            updated_at = excluded.updated_at, version = excluded.version, deleted = false,
                            vector = excluded.vector
                        where excluded.version = 0 or %1$s.version < excluded.version""".formatted(table))
                        .param("type", d.type().name())
                        .param("id", d.id())
                        .param("projectId", d.projectId())
                        .param("ownerId", d.ownerId())
                        .param("taskId", d.taskId())
                        .param("sectionId", d.sectionId())
                        .param("title", d.title())
                        .param("body", d.body())
                        .param("labels", d.labels().toArray(String[]::new))
                        .param("sectionName", d.sectionName())
                        .param("projectName", d.projectName())
                        .param("status", d.status())
                        .param("priority", d.priority())
                        .param("due", d.due())
                        .param("assigneeId", d.assigneeId())
                        .param("updatedAt", OffsetDateTime.ofInstant(d.updatedAt(), ZoneOffset.UTC))
                        .param("version", d.version())
                        .update()
                > 0;
        if (applied) {
            lexicon.learn(d.title() + "\n" + d.context() + "\n" + d.body());
        }
        return applied;
    }

    @Override
    public boolean delete(DocumentType type, UUID id, long version) {
        boolean removed = jdbc.sql("""
                        update %s set deleted = true, vector = null, title = '', body = '', labels = '{}',
                            section_name = null, project_name = null, version = :version
                        where type = :type and id = :id and not deleted and (:version = 0 or version < :version)""".formatted(table))
                        .param("type", type.name())
                        .param("id", id)
                        .param("version", version)
                        .update()
                > 0;
        if (!removed) {
            // not held (or held deleted): the tombstone remembers the newest deletion
            jdbc.sql("""
                            insert into %1$s (type, id, updated_at, version, deleted) values (:type, :id, now(), :version, true)
                            on conflict (type, id) do update set version = excluded.version
                            where %1$s.deleted and %1$s.version < excluded.version""".formatted(table))
                    .param("type", type.name())
                    .param("id", id)
                    .param("version", version)
                    .update();
        }
        return removed;
    }

    @Override
    public void deleteProject(UUID projectId) {
        jdbc.sql("delete from %s where project_id = :p".formatted(table))
                .param("p", projectId)
                .update();
    }

    @Override
    public void deleteTaskComments(UUID taskId) {
        jdbc.sql("delete from %s where task_id = :t and type = 'COMMENT'".formatted(table))
                .param("t", taskId)
                .update();
    }

    @Override
    public void moveTaskComments(UUID taskId, UUID projectId) {
        jdbc.sql("update %s set project_id = :p where task_id = :t and type = 'COMMENT' and project_id <> :p"
                        .formatted(table))
                .param("t", taskId)
                .param("p", projectId)
                .update();
    }

    @Override
    public void renameProject(UUID projectId, String name) {
        jdbc.sql("""
                        update %s set project_name = :name,
                            vector = search_vector(type, title, search_context(labels, section_name, :name), body)
                        where project_id = :p and not deleted and project_name is distinct from :name""".formatted(table)).param("p", projectId).param("name", name).update();
        lexicon.learn(name);
    }

    @Override
    public void renameSection(UUID sectionId, String name) {
        jdbc.sql("""
                        update %s set section_name = :name,
                            vector = search_vector(type, title, search_context(labels, :name, project_name), body)
                        where section_id = :s and not deleted and section_name is distinct from :name""".formatted(table)).param("s", sectionId).param("name", name).update();
        lexicon.learn(name);
    }
}
