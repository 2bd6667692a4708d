package dev.ordo.projects.invitation;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.projects.web.Position;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invitations, pending and answered. At most one pending per project and email (unique index). */
@Repository
public class Invitations {

    private static final String WITH_PROJECT_NAME =
            "select i.*, p.name as project_name from invitation i " + "join project p on p.id = i.project_id ";

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Invitation i) {
        jdbc.sql("""
                        insert into invitation (id, project_id, email, role, status, status_reason, inviter_id,
                            invitee_id, expires_at, created_at)
                        values (:id, :projectId, :email, :role, :status, :reason, :inviterId, :inviteeId,
                            :expiresAt, :createdAt)""")
                .param("id", i.id())
                .param("projectId", i.projectId())
                .param("email", i.email())
                .param("role", i.role().wire())
                .param("status", i.status().wire())
                .param("reason", i.statusReason())
                .param("inviterId", i.inviterId())
                .param("inviteeId", i.inviteeId())
                .param("expiresAt", Timestamp.from(i.expiresAt()))
                .param("createdAt", Timestamp.from(i.createdAt()))
                .update();
    }

    Optional<InvitationView> byId(UUID id) {
        return jdbc.sql(WITH_PROJECT_NAME + "where i.id = :id")
                .param("id", id)
                .query(Invitations::mapView)
                .optional();
    }

    /** Locks the invitation until the transaction ends: of two answers to it, one wins. */
    Optional<Invitation> lock(UUID id) {
        return jdbc.sql("select * from invitation where id = :id for update")
                .param("id", id)
                .query(Invitations::map)
                .optional();
    }

    Optional<Invitation> lockPending(UUID projectId, String email) {
        return jdbc.sql("""
                        select * from invitation
                        where project_id = :projectId and email = :email and status = 'pending'
                        for update""")
                .param("projectId", projectId)
                .param("email", email)
                .query(Invitations::map)
                .optional();
    }

    /** Ends a pending invitation: accepted, rejected, revoked or expired. */
    void close(UUID id, InvitationStatus status, String reason, UUID inviteeId, Instant at) {
        jdbc.sql("""
                        update invitation set status = :status, status_reason = :reason,
                            invitee_id = coalesce(:inviteeId, invitee_id), decided_at = :at
                        where id = :id""")
                .param("id", id)
                .param("status", status.wire())
                .param("reason", reason)
                .param("inviteeId", inviteeId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The project's open invitations by (created_at, id). */
    List<InvitationView> pageOfProject(UUID projectId, Instant now, PageQuery query) {
        return page("i.project_id = :projectId", query)
                .param("projectId", projectId)
                .param("now", Timestamp.from(now))
                .query(Invitations::mapView)
                .list();
    }

    /** Open invitations addressed to this user, by email or (once linked) by id. */
    List<InvitationView> pageForInvitee(String email, Instant now, PageQuery query) {
        return page("i.email = :email", query)
                .param("email", email == null ? "" : email)
                .param("now", Timestamp.from(now))
                .query(Invitations::mapView)
                .list();
    }

    /** Up to {@code batch} pending invitations whose expiry has passed, the longest overdue first. */
    List<Invitation> due(Instant now, int batch) {
        return jdbc.sql("""
                        select * from invitation where status = 'pending' and expires_at <= :now
                        order by expires_at, id limit :batch""")
                .param("now", Timestamp.from(now))
                .param("batch", batch)
                .query(Invitations::map)
                .list();
    }

    private JdbcClient.StatementSpec page(String condition, PageQuery query) {
        Position after = Position.after(query);
        String afterCondition = after == null ? "" : "and (i.created_at, i.id) > (:afterAt, :afterId)";
        JdbcClient.StatementSpec statement = jdbc.sql(WITH_PROJECT_NAME + """
                        where %s and i.status = 'pending' and i.expires_at > :now %s
                        order by i.created_at, i.id
                        limit :limit""".formatted(condition, afterCondition))
                .param("limit", query.fetchSize());
        if (after != null) {
            statement = statement.param("afterAt", Timestamp.from(after.at())).param("afterId", after.id());
        }
        return statement;
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        return new Invitation(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("email"),
                ProjectRole.fromWire(rs.getString("role")).orElseThrow(),
                InvitationStatus.fromWire(rs.getString("status")),
                rs.getString("status_reason"),
                rs.getObject("inviter_id", UUID.class),
                rs.getObject("invitee_id", UUID.class),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }

    private static InvitationView mapView(ResultSet rs, int row) throws SQLException {
        return new InvitationView(map(rs, row), rs.getString("project_name"));
    }
}
