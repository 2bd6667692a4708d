package dev.ordo.tasks.section;

import dev.ordo.tasks.web.Positions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sections of all projects, each project's ordered by position. */
@Repository
public class Sections {

    private final JdbcClient jdbc;

    Sections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Section s) {
        jdbc.sql("""
                        insert into section (id, project_id, name, position, created_at, updated_at, version)
                        values (:id, :projectId, :name, :position, :createdAt, :updatedAt, :version)""")
                .param("id", s.id())
                .param("projectId", s.projectId())
                .param("name", s.name())
                .param("position", s.position())
                .param("createdAt", Timestamp.from(s.createdAt()))
                .param("updatedAt", Timestamp.from(s.updatedAt()))
                .param("version", s.version())
                .update();
    }

    public Optional<Section> byId(UUID id) {
        return jdbc.sql("select * from section where id = :id")
                .param("id", id)
                .query(Sections::map)
                .optional();
    }

    Optional<Section> lock(UUID id) {
        return jdbc.sql("select * from section where id = :id for update")
                .param("id", id)
                .query(Sections::map)
                .optional();
    }

    /** The project's section of this name (case-insensitive), the first by position if there are several. */
    public Optional<Section> byName(UUID projectId, String name) {
        return jdbc.sql("""
                        select * from section where project_id = :projectId and lower(name) = lower(:name)
                        order by position, id limit 1""")
                .param("projectId", projectId)
                .param("name", name)
                .query(Sections::map)
                .optional();
    }

    long lastPosition(UUID projectId) {
        return jdbc.sql("select coalesce(max(position), 0) from section where project_id = :projectId")
                .param("projectId", projectId)
                .query(Long.class)
                .single();
    }

    /** Renumbers the project's sections {@link Positions#GAP} apart in their order; the changed ones, a version on. */
    List<Section> renumber(UUID projectId, Instant now) {
        return jdbc.sql("""
                        with ordered as (
                            select id, row_number() over (order by position, id) * :gap as position from section
                            where project_id = :projectId)
                        update section s set position = o.position, version = s.version + 1, updated_at = :now
                        from ordered o where s.id = o.id and s.position <> o.position
                        returning s.*""")
                .param("gap", Positions.GAP)
                .param("projectId", projectId)
                .param("now", Timestamp.from(now))
                .query(Sections::map)
                .list();
    }

    int count(UUID projectId) {
        return jdbc.sql("select count(*) from section where project_id = :projectId")
                .param("projectId", projectId)
                .query(Integer.class)
                .single();
    }

    List<Section> page(UUID projectId, List<String> after, int limit) {
        String from =
                after == null ? "" : "and (position, id) > (cast(:afterPosition as bigint), cast(:afterId as uuid))";
        var statement =
                jdbc.sql("""
                        select * from section where project_id = :projectId %s
                        order by position, id limit :limit""".formatted(from)).param("projectId", projectId).param("limit", limit);
        if (after != null) {
            statement = statement.param("afterPosition", after.get(0)).param("afterId", after.get(1));
        }
        return statement.query(Sections::map).list();
    }

    void update(Section s) {
        jdbc.sql("""
                        update section set name = :name, position = :position, updated_at = :updatedAt,
                            version = :version where id = :id""")
                .param("id", s.id())
                .param("name", s.name())
                .param("position", s.position())
                .param("updatedAt", Timestamp.from(s.updatedAt()))
                .param("version", s.version())
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from section where id = :id").param("id", id).update();
    }

    /** Deletes all sections of a project; returns their ids. */
    public List<UUID> deleteAllOf(UUID projectId) {
        return jdbc.sql("delete from section where project_id = :projectId returning id")
                .param("projectId", projectId)
                .query(UUID.class)
                .list();
    }

    private static Section map(ResultSet rs, int row) throws SQLException {
        return new Section(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("name"),
                rs.getLong("position"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
