package dev.ordo.contracts.projects;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events the projects service publishes, all on {@value Topics#PROJECTS_PROJECT} and keyed by
 * project id, so a consumer sees each project's story (its members and invitations included) in order.
 * Replaying the topic from the beginning rebuilds every project and its full membership.
 */
public final class ProjectEvents {

    /** Project roles, lower case on the wire. */
    public static final String OWNER = "owner";

    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";
    public static final String VIEWER = "viewer";

    /** The project as it is after the change. */
    public record ProjectState(
            UUID projectId,
            String name,
            String description,
            String color,
            UUID parentId,
            boolean inbox,
            boolean archived,
            UUID ownerId) {}

    public record ProjectCreated(ProjectState project) {}

    public record ProjectUpdated(ProjectState project, List<String> changedFields) {}

    public record ProjectArchived(ProjectState project) {}

    public record ProjectUnarchived(ProjectState project) {}

    /** The project and everything in it are gone; members were removed by preceding member.removed events. */
    public record ProjectDeleted(UUID projectId) {}

    /** @param via how the user came in: {@code created} (the owner), {@code invitation} */
    public record MemberAdded(UUID projectId, UUID userId, String role, String via) {}

    public record MemberRoleChanged(UUID projectId, UUID userId, String previousRole, String role) {}

    /** @param reason {@code removed}, {@code left} or {@code project-deleted} */
    public record MemberRemoved(UUID projectId, UUID userId, String role, String reason) {}

    /**
     * @param inviteeId always {@code null} since issue 9: whether the address has an account is not told to
     *                  the inviter (nor to the members who see this event in audit); the invitee is known
     *                  from invitation.accepted
     */
    public record InvitationCreated(
            UUID invitationId,
            UUID projectId,
            String email,
            String role,
            UUID inviterId,
            UUID inviteeId,
            Instant expiresAt) {}

    public record InvitationAccepted(UUID invitationId, UUID projectId, String email, UUID userId, String role) {}

    public record InvitationRejected(UUID invitationId, UUID projectId, String email, UUID userId) {}

    /** @param reason {@code revoked} by an admin, or {@code replaced} by a newer invitation to the same email */
    public record InvitationRevoked(UUID invitationId, UUID projectId, String email, String reason) {}

    public record InvitationExpired(UUID invitationId, UUID projectId, String email) {}

    public static final EventType<ProjectCreated> PROJECT_CREATED = type("project.created", ProjectCreated.class);
    public static final EventType<ProjectUpdated> PROJECT_UPDATED = type("project.updated", ProjectUpdated.class);
    public static final EventType<ProjectArchived> PROJECT_ARCHIVED = type("project.archived", ProjectArchived.class);
    public static final EventType<ProjectUnarchived> PROJECT_UNARCHIVED =
            type("project.unarchived", ProjectUnarchived.class);
    public static final EventType<ProjectDeleted> PROJECT_DELETED = type("project.deleted", ProjectDeleted.class);
    public static final EventType<MemberAdded> MEMBER_ADDED = type("member.added", MemberAdded.class);
    public static final EventType<MemberRoleChanged> MEMBER_ROLE_CHANGED =
            type("member.role-changed", MemberRoleChanged.class);
    public static final EventType<MemberRemoved> MEMBER_REMOVED = type("member.removed", MemberRemoved.class);
    public static final EventType<InvitationCreated> INVITATION_CREATED =
            type("invitation.created", InvitationCreated.class);
    public static final EventType<InvitationAccepted> INVITATION_ACCEPTED =
            type("invitation.accepted", InvitationAccepted.class);
    public static final EventType<InvitationRejected> INVITATION_REJECTED =
            type("invitation.rejected", InvitationRejected.class);
    public static final EventType<InvitationRevoked> INVITATION_REVOKED =
            type("invitation.revoked", InvitationRevoked.class);
    public static final EventType<InvitationExpired> INVITATION_EXPIRED =
            type("invitation.expired", InvitationExpired.class);

    public static final List<EventType<?>> ALL = List.of(
            PROJECT_CREATED,
            PROJECT_UPDATED,
            PROJECT_ARCHIVED,
            PROJECT_UNARCHIVED,
            PROJECT_DELETED,
            MEMBER_ADDED,
            MEMBER_ROLE_CHANGED,
            MEMBER_REMOVED,
            INVITATION_CREATED,
            INVITATION_ACCEPTED,
            INVITATION_REJECTED,
            INVITATION_REVOKED,
            INVITATION_EXPIRED);

    private ProjectEvents() {}

    private static <T> EventType<T> type(String name, Class<T> data) {
        return new EventType<>(name, 1, data, Topics.PROJECTS_PROJECT);
    }
}
