package dev.ordo.projects.project;

import dev.ordo.platform.web.ApiException;
import dev.ordo.projects.people.KnownUser;
import dev.ordo.projects.people.KnownUsers;
import dev.ordo.projects.web.Page;
import dev.ordo.projects.web.PageQuery;
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
                Page.of(members.page(projectId, query), query, m -> new Position(m.joinedAt(), m.userId()));
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
    public MemberView changeRole(UUID caller, UUID projectId, UUID userId, Role role) {
        if (role == Role.OWNER) {
            throw ApiException.badRequest("'role' cannot be owner: transfer the project instead.");
        }
        access.lock(projectId, caller, Permission.MANAGE_MEMBERS);
        Membership target = memberOrNotFound(projectId, userId);
        if (target.role() == Role.OWNER) {
            throw ApiException.conflict("The owner's role changes only by transferring the project.");
        }
        if (target.role() != role) {
            members.changeRole(projectId, userId, role);
            events.roleChanged(projectId, userId, target.role(), role, caller);
        }
        return view(new Membership(projectId, userId, role, target.favorite(), target.joinedAt()));
    }

    @Transactional
    public void remove(UUID caller, UUID projectId, UUID userId) {
        access.lock(projectId, caller, Permission.MANAGE_MEMBERS);
        Membership target = memberOrNotFound(projectId, userId);
        if (target.role() == Role.OWNER) {
            throw ApiException.conflict("The owner cannot be removed; transfer the project first.");
        }
        members.remove(projectId, userId);
        events.memberRemoved(target, ProjectEventLog.REMOVED, caller);
    }

    @Transactional
    public void leave(UUID caller, UUID projectId) {
        ProjectAccess.Granted granted = access.lock(projectId, caller, Permission.VIEW);
        if (!granted.membership().role().may(Permission.LEAVE)) {
            throw ApiException.conflict("The owner cannot leave; transfer the project first.");
        }
        members.remove(projectId, caller);
        events.memberRemoved(granted.membership(), ProjectEventLog.LEFT, caller);
    }

    /** Makes another member the owner; the caller (the owner until now) becomes an admin. */
    @Transactional
    public ProjectForMember transfer(UUID caller, UUID projectId, UUID newOwnerId) {
        ProjectAccess.Granted granted = access.lock(projectId, caller, Permission.TRANSFER);
        if (caller.equals(newOwnerId)) {
            throw ApiException.badRequest("'userId' is you: you own the project already.");
        }
        Membership newOwner = members.find(projectId, newOwnerId)
                .orElseThrow(() -> ApiException.badRequest("'userId' must be a member of the project."));
        // demote before promoting: the unique index allows one owner at any moment
        members.changeRole(projectId, caller, Role.ADMIN);
        members.changeRole(projectId, newOwnerId, Role.OWNER);
        Project project = granted.project().withOwner(newOwnerId, now());
        projects.update(project);
        events.roleChanged(projectId, newOwnerId, newOwner.role(), Role.OWNER, caller);
        events.roleChanged(projectId, caller, Role.OWNER, Role.ADMIN, caller);
        return new ProjectForMember(project, Role.ADMIN, granted.membership().favorite());
    }

    /**
     * Adds a member who accepted an invitation. Called inside the accepting transaction, which holds
     * the project's lock.
     */
    @Transactional
    public void join(UUID projectId, UUID userId, Role role, UUID actor) {
        if (members.find(projectId, userId).isPresent()) {
            throw ApiException.conflict("You are a member of this project already.");
        }
        Membership member = new Membership(projectId, userId, role, false, now());
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
                .orElseThrow(() -> ApiException.notFound("There is no such member in this project."));
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
