package dev.ordo.projects.project;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.projects.people.KnownUser;
import dev.ordo.projects.people.KnownUsers;
import dev.ordo.projects.web.Position;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members and their roles. A project has exactly one owner at all times: the owner's role changes only
 * by transfer, and the owner can neither be removed nor leave.
 */
@Service
public class MemberService {

    private final Projects projects;
    private final Members members;
    private final ProjectAccess access;
    private final KnownUsers knownUsers;
    private final ProjectEventLog events;
    private final Clock clock;

    MemberService(
            Projects projects,
            Members members,
            ProjectAccess access,
            KnownUsers knownUsers,
            ProjectEventLog events,
            Clock clock) {
        this.projects = projects;
        this.members = members;
        this.access = access;
        this.knownUsers = knownUsers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<MemberView> list(UUID caller, UUID projectId, PageQuery query) {
        access.read(projectId, caller, Permission.VIEW);
        Page<Membership> page =
                Page.of(members.page(projectId, query), query, m -> new Position(m.joinedAt(), m.userId()).cursor());
        Map<UUID, KnownUser> users =
                knownUsers.byIds(page.items().stream().map(Membership::userId).toList());
        return page.map(m -> {
            KnownUser user = users.get(m.userId());
            return new MemberView(
                    m.userId(),
                    m.role(),
                    user == null ? null : user.name(),
                    user == null ? null : user.email(),
                    m.joinedAt());
        });
    }

    /** @param role admin, member or viewer: the owner changes only by {@link #transfer} */
    @Transactional
    public MemberView changeRole(UUID caller, UUID projectId, UUID userId, ProjectRole role) {
        Membership.ensureAssignable(role);
        access.lock(projectId, caller, Permission.MANAGE_MEMBERS);
        Membership target = memberOrNotFound(projectId, userId);
        Membership changed = target.withRole(role);
        if (target.role() != role) {
            members.changeRole(projectId, userId, role);
            events.roleChanged(projectId, userId, target.role(), role, caller);
        }
        return view(changed);
    }

    @Transactional
    public void remove(UUID caller, UUID projectId, UUID userId) {
        access.lock(projectId, caller, Permission.MANAGE_MEMBERS);
        Membership target = memberOrNotFound(projectId, userId);
        target.ensureRemovable();
        members.remove(projectId, userId);
        events.memberRemoved(target, ProjectEventLog.REMOVED, caller);
    }

    @Transactional
    public void leave(UUID caller, UUID projectId) {
        ProjectAccess.Granted granted = access.lock(projectId, caller, Permission.VIEW);
        granted.membership().ensureMayLeave();
        members.remove(projectId, caller);
        events.memberRemoved(granted.membership(), ProjectEventLog.LEFT, caller);
    }

    /** Makes another member the owner; the caller (the owner until now) becomes an admin. */
    @Transactional
    public ProjectForMember transfer(UUID caller, UUID projectId, UUID newOwnerId) {
        ProjectAccess.Granted granted = access.lock(projectId, caller, Permission.TRANSFER);
        Membership newOwner = members.find(projectId, newOwnerId)
                .orElseThrow(() -> new InvalidInput("'userId' must be a member of the project."));
        Project project = granted.project().transferTo(newOwner, now());
        // demote before promoting: the unique index allows one owner at any moment
        members.changeRole(projectId, caller, ProjectRole.ADMIN);
        members.changeRole(projectId, newOwnerId, ProjectRole.OWNER);
        projects.update(project);
        events.roleChanged(projectId, newOwnerId, newOwner.role(), ProjectRole.OWNER, caller);
        events.roleChanged(projectId, caller, ProjectRole.OWNER, ProjectRole.ADMIN, caller);
        return new ProjectForMember(
                project, ProjectRole.ADMIN, granted.membership().favorite());
    }

    /**
     * Adds a member who accepted an invitation. Called inside the accepting transaction, which holds
     * the project's lock.
     */
    @Transactional
    public void join(UUID projectId, UUID userId, ProjectRole role, UUID actor) {
        if (members.find(projectId, userId).isPresent()) {
            throw new Conflict("You are a member of this project already.");
        }
        Membership member = Membership.joined(projectId, userId, role, now());
        members.add(member);
        events.memberAdded(member, ProjectEventLog.VIA_INVITATION, actor);
    }

    /** Whether the user is a member of the project (of any role). */
    @Transactional(readOnly = true)
    public boolean isMember(UUID projectId, UUID userId) {
        return members.find(projectId, userId).isPresent();
    }

    private Membership memberOrNotFound(UUID projectId, UUID userId) {
        return members.find(projectId, userId)
                .orElseThrow(() -> new NotFound("There is no such member in this project."));
    }

    private MemberView view(Membership m) {
        KnownUser user = knownUsers.byIds(List.of(m.userId())).get(m.userId());
        return new MemberView(
                m.userId(),
                m.role(),
                user == null ? null : user.name(),
                user == null ? null : user.email(),
                m.joinedAt());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
