package dev.ordo.notifications.rule;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the rules remember of earlier events: who commented on a task, who sent an invitation. */
@Repository
class RuleMemory {

    /** An invitation as invitation.created told it. */
    record SentInvitation(UUID projectId, UUID inviterId) {}

    private final JdbcClient jdbc;

    RuleMemory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> commenters(UUID taskId) {
        return jdbc.sql("select user_id from task_commenter where task_id = :t")
                .param("t", taskId)
                .query(UUID.class)
                .list();
    }

    void commented(UUID taskId, UUID userId) {
        jdbc.sql("insert into task_commenter (task_id, user_id) values (:t, :u) on conflict do nothing")
                .param("t", taskId)
                .param("u", userId)
                .update();
    }

    void invitationSent(UUID invitationId, UUID projectId, UUID inviterId) {
        jdbc.sql("""
                        insert into invitation_sent (invitation_id, project_id, inviter_id) values (:i, :p, :u)
                        on conflict do nothing""")
                .param("i", invitationId)
                .param("p", projectId)
                .param("u", inviterId)
                .update();
    }

    Optional<SentInvitation> invitation(UUID invitationId) {
        return jdbc.sql("select project_id, inviter_id from invitation_sent where invitation_id = :i")
                .param("i", invitationId)
                .query((rs, n) -> new SentInvitation(
                        rs.getObject("project_id", UUID.class), rs.getObject("inviter_id", UUID.class)))
                .optional();
    }
}
