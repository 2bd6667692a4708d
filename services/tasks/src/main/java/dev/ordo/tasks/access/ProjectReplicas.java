package dev.ordo.tasks.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The replica of the projects (from project.* events). */
@Repository
public class ProjectReplicas {

    private final JdbcClient jdbc;

    ProjectReplicas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(ProjectReplica p) {
        jdbc.sql("""
                        insert into project_replica (id, name, parent_id, inbox, archived, owner_id)
                        values (:id, :name, :parentId, :inbox, :archived, :ownerId)
                        on conflict (id) do update set name = excluded.name, parent_id = excluded.parent_id,
                            inbox = excluded.inbox, archived = excluded.archived, owner_id = excluded.owner_id""")
                .param("id", p.id()).param("name", p.name()).param("parentId", p.parentId())
                .param("inbox", p.inbox()).param("archived", p.archived()).param("ownerId", p.ownerId())
                .update();
    }

    public void delete(UUID id) {
        jdbc.sql("delete from project_replica where id = :id").param("id", id).update();
    }

    public Optional<ProjectReplica> byId(UUID id) {
        return jdbc.sql("select * from project_replica where id = :id").param("id", id)
                .query(ProjectReplicas::map).optional();
    }

    /** The user's Inbox, once project.created (inbox = true) for it has arrived. */
    public Optional<UUID> inboxOf(UUID userId) {
        return jdbc.sql("select id from project_replica where inbox and owner_id = :userId")
                .param("userId", userId).query(UUID.class).optional();
    }

    /** The projects of this name (case-insensitive) the user is a member of, not archived, the Inbox first. */
    public List<ProjectReplica> byNameForMember(String name, UUID userId) {
        return jdbc.sql("""
                        select p.* from project_replica p
                        join membership m on m.project_id = p.id and m.user_id = :userId
                        where lower(p.name) = lower(:name) and not p.archived
                        order by p.inbox desc, p.id""")
                .param("name", name).param("userId", userId).query(ProjectReplicas::map).list();
    }

    private static ProjectReplica map(ResultSet rs, int row) throws SQLException {
        return new ProjectReplica(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("parent_id", UUID.class), rs.getBoolean("inbox"), rs.getBoolean("archived"),
                rs.getObject("owner_id", UUID.class));
    }
}
