package dev.ordo.projects.project;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.projects.web.Position;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The projects, and the tree they form. */
@Repository
public class Projects {

    /** Key of the transaction-scoped advisory lock that serialises changes to the shape of the tree. */
    private static final long TREE_LOCK = 0x6f72646f_74726565L; // "ordotree"

    private final JdbcClient jdbc;

    Projects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Project project) {
        jdbc.sql("""
                        insert into project (id, name, description, color, parent_id, inbox, archived, owner_id,
                            created_at, updated_at)
                        values (:id, :name, :description, :color, :parentId, :inbox, :archived, :ownerId,
                            :createdAt, :updatedAt)""").params(params(project)).update();
    }

    /** @return false if the user has an Inbox already (the unique index decides, also between instances) */
    boolean addInboxIfAbsent(Project inbox) {
        return jdbc.sql("""
                        insert into project (id, name, description, color, parent_id, inbox, archived, owner_id,
                            created_at, updated_at)
                        values (:id, :name, :description, :color, :parentId, true, false, :ownerId,
                            :createdAt, :updatedAt)
                        on conflict (owner_id) where inbox do nothing""").params(params(inbox)).update() == 1;
    }

    Optional<Project> byId(UUID id) {
        return jdbc.sql("select * from project where id = :id")
                .param("id", id)
                .query(Projects::map)
                .optional();
    }

    /** Locks the row until the transaction ends: changes to one project and its members take turns. */
    Optional<Project> lock(UUID id) {
        return jdbc.sql("select * from project where id = :id for update")
                .param("id", id)
                .query(Projects::map)
                .optional();
    }

    /** Locks these rows, always in the same order, so two lockers cannot wait for each other. */
    void lockAll(List<UUID> ids) {
        jdbc.sql("select id from project where id in (:ids) order by id for update")
                .param("ids", ids)
                .query(UUID.class)
                .list();
    }

    /**
     * Serialises everything that changes the shape of the tree or a whole subtree (nesting, moving,
     * archiving, deleting), so two concurrent moves cannot make a cycle or exceed the depth. Taken
     * before any row lock, so it cannot take part in a deadlock.
     */
    void lockTree() {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", TREE_LOCK)
                .query((rs, row) -> 1)
                .list();
    }

    void update(Project project) {
        jdbc.sql("""
                        update project set name = :name, description = :description, color = :color,
                            parent_id = :parentId, archived = :archived, owner_id = :ownerId, updated_at = :updatedAt
                        where id = :id""").params(params(project)).update();
    }

    /** Sets the flag on those of {@code ids} that do not have it yet; returns them as they are now. */
    List<Project> setArchived(Collection<UUID> ids, boolean archived, Instant now) {
        return jdbc.sql("""
                        update project set archived = :archived, updated_at = :now
                        where id in (:ids) and archived <> :archived
                        returning *""")
                .param("ids", ids)
                .param("archived", archived)
                .param("now", Timestamp.from(now))
                .query(Projects::map)
                .list();
    }

    /** The project and all its sub-projects, each before its children. */
    List<UUID> subtree(UUID root) {
        return jdbc.sql("""
                        with recursive tree (id, depth) as (
                            select id, 1 from project where id = :root
                            union all
                            select p.id, t.depth + 1 from project p join tree t on p.parent_id = t.id
                        )
                        select id from tree order by depth""").param("root", root).query(UUID.class).list();
    }

    /** How many levels the project's subtree has: 1 for a project without sub-projects. */
    int height(UUID root) {
        return jdbc.sql("""
                        with recursive tree (id, depth) as (
                            select id, 1 from project where id = :root
                            union all
                            select p.id, t.depth + 1 from project p join tree t on p.parent_id = t.id
                        )
                        select coalesce(max(depth), 0) from tree""").param("root", root).query(Integer.class).single();
    }

    /** The level the project is at: 1 for a top-level project. */
    int depth(UUID id) {
        return jdbc.sql("""
                        with recursive up (id, parent_id, depth) as (
                            select id, parent_id, 1 from project where id = :id
                            union all
                            select p.id, p.parent_id, u.depth + 1 from project p join up u on p.id = u.parent_id
                        )
                        select coalesce(max(depth), 0) from up""").param("id", id).query(Integer.class).single();
    }

    /** Deletes the project; its sub-projects, members and invitations go with it (on delete cascade). */
    void delete(UUID id) {
        jdbc.sql("delete from project where id = :id").param("id", id).update();
    }

    Optional<ProjectForMember> forMember(UUID projectId, UUID userId) {
        return jdbc.sql("""
                        select p.*, m.role, m.favorite from project p
                        join member m on m.project_id = p.id and m.user_id = :userId
                        where p.id = :projectId""")
                .param("projectId", projectId)
                .param("userId", userId)
                .query(Projects::mapForMember)
                .optional();
    }

    /** The projects the user is a member of, by (created_at, id), after the query's position. */
    List<ProjectForMember> pageForMember(UUID userId, boolean archived, PageQuery query) {
        Position after = Position.after(query);
        String afterCondition = after == null ? "" : "and (p.created_at, p.id) > (:afterAt, :afterId)";
        JdbcClient.StatementSpec statement = jdbc.sql("""
                        select p.*, m.role, m.favorite from member m
                        join project p on p.id = m.project_id
                        where m.user_id = :userId and p.archived = :archived %s
                        order by p.created_at, p.id
                        limit :limit""".formatted(afterCondition))
                .param("userId", userId)
                .param("archived", archived)
                .param("limit", query.fetchSize());
        if (after != null) {
            statement = statement.param("afterAt", Timestamp.from(after.at())).param("afterId", after.id());
        }
        return statement.query(Projects::mapForMember).list();
    }

    private static Map<String, Object> params(Project p) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", p.id());
        params.put("name", p.name());
        params.put("description", p.description());
        params.put("color", p.color());
        params.put("parentId", p.parentId());
        params.put("inbox", p.inbox());
        params.put("archived", p.archived());
        params.put("ownerId", p.ownerId());
        params.put("createdAt", Timestamp.from(p.createdAt()));
        params.put("updatedAt", Timestamp.from(p.updatedAt()));
        return params;
    }

    static Project map(ResultSet rs, int row) throws SQLException {
        return new Project(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("color"),
                rs.getObject("parent_id", UUID.class),
                rs.getBoolean("inbox"),
                rs.getBoolean("archived"),
                rs.getObject("owner_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static ProjectForMember mapForMember(ResultSet rs, int row) throws SQLException {
        return new ProjectForMember(
                map(rs, row), ProjectRole.fromWire(rs.getString("role")).orElseThrow(), rs.getBoolean("favorite"));
    }
}
