package dev.ordo.projects.project;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.projects.web.Position;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who belongs to which project, with which role. */
@Repository
public class Members {

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Membership m) {
        jdbc.sql("""
                        insert into member (project_id, user_id, role, favorite, joined_at)
                        values (:projectId, :userId, :role, :favorite, :joinedAt)""")
                .param("projectId", m.projectId())
                .param("userId", m.userId())
                .param("role", m.role().wire())
                .param("favorite", m.favorite())
                .param("joinedAt", Timestamp.from(m.joinedAt()))
                .update();
    }

    public Optional<Membership> find(UUID projectId, UUID userId) {
        return jdbc.sql("select * from member where project_id = :projectId and user_id = :userId")
                .param("projectId", projectId)
                .param("userId", userId)
                .query(Members::map)
                .optional();
    }

    /** Every member, in the order they joined. */
    List<Membership> all(UUID projectId) {
        return jdbc.sql("select * from member where project_id = :projectId order by joined_at, user_id")
                .param("projectId", projectId)
                .query(Members::map)
                .list();
    }

    /** Members by (joined_at, user_id), after the query's position. */
    List<Membership> page(UUID projectId, PageQuery query) {
        Position after = Position.after(query);
        String afterCondition = after == null ? "" : "and (joined_at, user_id) > (:afterAt, :afterId)";
        JdbcClient.StatementSpec statement = jdbc.sql("""
                        select * from member where project_id = :projectId %s
                        order by joined_at, user_id
                        limit :limit""".formatted(afterCondition))
                .param("projectId", projectId)
                .param("limit", query.fetchSize());
        if (after != null) {
            statement = statement.param("afterAt", Timestamp.from(after.at())).param("afterId", after.id());
        }
        return statement.query(Members::map).list();
    }

    void changeRole(UUID projectId, UUID userId, ProjectRole role) {
        jdbc.sql("update member set role = :role where project_id = :projectId and user_id = :userId")
                .param("projectId", projectId)
                .param("userId", userId)
                .param("role", role.wire())
                .update();
    }

    void setFavorite(UUID projectId, UUID userId, boolean favorite) {
        jdbc.sql("update member set favorite = :favorite where project_id = :projectId and user_id = :userId")
                .param("projectId", projectId)
                .param("userId", userId)
                .param("favorite", favorite)
                .update();
    }

    void remove(UUID projectId, UUID userId) {
        jdbc.sql("delete from member where project_id = :projectId and user_id = :userId")
                .param("projectId", projectId)
                .param("userId", userId)
                .update();
    }

    private static Membership map(ResultSet rs, int row) throws SQLException {
        return new Membership(
                rs.getObject("project_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                ProjectRole.fromWire(rs.getString("role")).orElseThrow(),
                rs.getBoolean("favorite"),
                rs.getTimestamp("joined_at").toInstant());
    }
}
