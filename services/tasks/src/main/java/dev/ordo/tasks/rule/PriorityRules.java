package dev.ordo.tasks.rule;

import dev.ordo.tasks.query.Priority;
import dev.ordo.tasks.web.Positions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The projects' priority rules, each project's ordered by position. */
@Repository
class PriorityRules {

    private final JdbcClient jdbc;

    PriorityRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(PriorityRule r) {
        jdbc.sql("""
                        insert into priority_rule (id, project_id, name, when_query, priority, position, created_by, created_at)
                        values (:id, :projectId, :name, :when, :priority, :position, :createdBy, :createdAt)""")
                .param("id", r.id())
                .param("projectId", r.projectId())
                .param("name", r.name())
                .param("when", r.when())
                .param("priority", r.priority().name())
                .param("position", r.position())
                .param("createdBy", r.createdBy())
                .param("createdAt", Timestamp.from(r.createdAt()))
                .update();
    }

    Optional<PriorityRule> byId(UUID projectId, UUID id) {
        return jdbc.sql("select * from priority_rule where id = :id and project_id = :projectId")
                .param("id", id)
                .param("projectId", projectId)
                .query(PriorityRules::map)
                .optional();
    }

    Optional<PriorityRule> lock(UUID projectId, UUID id) {
        return jdbc.sql("select * from priority_rule where id = :id and project_id = :projectId for update")
                .param("id", id)
                .param("projectId", projectId)
                .query(PriorityRules::map)
                .optional();
    }

    /** After the last rule; when that one is at the end of the range, the rules are renumbered first. */
    long nextPosition(UUID projectId) {
        OptionalLong next = Positions.after(
                jdbc.sql("select coalesce(max(position), 0) from priority_rule where project_id = :projectId")
                        .param("projectId", projectId)
                        .query(Long.class)
                        .single());
        if (next.isPresent()) {
            return next.getAsLong();
        }
        int count = jdbc.sql("""
                        with ordered as (
                            select id, row_number() over (order by position, created_at, id) * :gap as position
                            from priority_rule where project_id = :projectId)
                        update priority_rule r set position = o.position from ordered o where r.id = o.id""")
                .param("gap", Positions.GAP)
                .param("projectId", projectId)
                .update();
        return Positions.afterRenumbered(count);
    }

    /** The project's rules in the order they are tried. */
    List<PriorityRule> ofProject(UUID projectId) {
        return jdbc.sql("select * from priority_rule where project_id = :projectId order by position, created_at, id")
                .param("projectId", projectId)
                .query(PriorityRules::map)
                .list();
    }

    List<PriorityRule> page(UUID projectId, List<String> after, int limit) {
        String from =
                after == null ? "" : "and (position, id) > (cast(:afterPosition as bigint), cast(:afterId as uuid))";
        var statement =
                jdbc.sql("""
                        select * from priority_rule where project_id = :projectId %s
                        order by position, id limit :limit""".formatted(from)).param("projectId", projectId).param("limit", limit);
        if (after != null) {
            statement = statement.param("afterPosition", after.get(0)).param("afterId", after.get(1));
        }
        return statement.query(PriorityRules::map).list();
    }

    List<UUID> projectsWithRules() {
        return jdbc.sql("select distinct project_id from priority_rule")
                .query(UUID.class)
                .list();
    }

    void update(PriorityRule r) {
        jdbc.sql(
                        "update priority_rule set name = :name, when_query = :when, priority = :priority, position = :position where id = :id")
                .param("id", r.id())
                .param("name", r.name())
                .param("when", r.when())
                .param("priority", r.priority().name())
                .param("position", r.position())
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from priority_rule where id = :id").param("id", id).update();
    }

    void deleteAllOf(UUID projectId) {
        jdbc.sql("delete from priority_rule where project_id = :projectId")
                .param("projectId", projectId)
                .update();
    }

    private static PriorityRule map(ResultSet rs, int row) throws SQLException {
        return new PriorityRule(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("name"),
                rs.getString("when_query"),
                Priority.valueOf(rs.getString("priority")),
                rs.getLong("position"),
                rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
