package dev.ordo.tasks.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The replica of the projects (from project.* events; written by the replication package, newest version wins). */
@Repository
public class ProjectReplicas {

    private final JdbcClient jdbc;

    ProjectReplicas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProjectReplica> byId(UUID id) {
        return jdbc.sql("select * from project_replica where id = :id")
                .param("id", id)
                .query(ProjectReplicas::map)
                .optional();
    }

    public boolean isArchived(UUID id) {
        return jdbc.sql("select archived from project_replica where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The user's Inbox, once project.created (inbox = true) for it has arrived. */
    public Optional<UUID> inboxOf(UUID userId) {
        return jdbc.sql("select id from project_replica where inbox and owner_id = :userId")
                .param("userId", userId)
                .query(UUID.class)
                .optional();
    }

    /** The projects of this name (case-insensitive) the user is a member of, not archived, the Inbox first. */
    public List<ProjectReplica> byNameForMember(String name, UUID userId) {
        return jdbc.sql("""
                        select p.* from project_replica p
                        join membership m on m.project_id = p.id and m.user_id = :userId
                        where lower(p.name) = lower(:name) and not p.archived
                        order by p.inbox desc, p.id""")
                .param("name", name)
                .param("userId", userId)
                .query(ProjectReplicas::map)
                .list();
    }

    private static ProjectReplica map(ResultSet rs, int row) throws SQLException {
        return new ProjectReplica(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getObject("parent_id", UUID.class),
                rs.getBoolean("inbox"),
                rs.getBoolean("archived"),
                rs.getObject("owner_id", UUID.class));
    }
}
