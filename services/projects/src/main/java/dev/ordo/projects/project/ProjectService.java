package dev.ordo.projects.project;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.projects.web.Position;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects and sub-projects: each change is stored with its events, in one transaction. */
@Service
public class ProjectService {

    private final Projects projects;
    private final Members members;
    private final ProjectAccess access;
    private final Hierarchy hierarchy;
    private final ProjectEventLog events;
    private final Clock clock;

    ProjectService(
            Projects projects,
            Members members,
            ProjectAccess access,
            Hierarchy hierarchy,
            ProjectEventLog events,
            Clock clock) {
        this.projects = projects;
        this.members = members;
        this.access = access;
        this.hierarchy = hierarchy;
        this.events = events;
        this.clock = clock;
    }

    /** The caller becomes the owner; under a parent, the caller must administer the parent. */
    @Transactional
    public ProjectForMember create(UUID caller, NewProject request) {
        if (request.parentId() != null) {
            projects.lockTree();
            hierarchy.checkParent(request.parentId(), caller, null, 1);
        }
        Project project = Project.create(request, caller, now());
        Membership owner = Membership.owner(project.id(), caller, request.favorite(), project.createdAt());
        projects.add(project);
        members.add(owner);
        events.created(project, caller);
        events.memberAdded(owner, ProjectEventLog.VIA_CREATED, caller);
        return new ProjectForMember(project, ProjectRole.OWNER, request.favorite());
    }

    @Transactional(readOnly = true)
    public ProjectForMember get(UUID caller, UUID projectId) {
        return projects.forMember(projectId, caller).orElseThrow(ProjectAccess::noSuchProject);
    }

    @Transactional(readOnly = true)
    public Page<ProjectForMember> list(UUID caller, boolean archived, PageQuery query) {
        return Page.of(
                projects.pageForMember(caller, archived, query),
                query,
                p -> new Position(p.project().createdAt(), p.project().id()).cursor());
    }

    /**
     * Applies the changes. Any member may set their own favorite flag; everything else needs the
     * right to edit the project. Moving takes the tree lock first (before the project's row).
     */
    @Transactional
    public ProjectForMember update(UUID caller, UUID projectId, ProjectChanges changes) {
        if (changes.parentId().isPresent()) {
            projects.lockTree();
        }
        Permission needed = changes.touchesTheProject() ? Permission.EDIT : Permission.SET_OWN_FAVORITE;
        ProjectAccess.Granted granted = access.lock(projectId, caller, needed);
        Project.Revision revision = granted.project().apply(changes, now());
        if (revision.movedUnderAParent()) {
            hierarchy.checkParent(revision.project().parentId(), caller, projectId, projects.height(projectId));
        }
        if (revision.changedAnything()) {
            projects.update(revision.project());
            events.updated(revision.project(), revision.changedFields(), caller);
        }
        boolean favorite = changes.favorite().orElse(granted.membership().favorite());
        if (favorite != granted.membership().favorite()) {
            members.setFavorite(projectId, caller, favorite);
        }
        return new ProjectForMember(revision.project(), granted.membership().role(), favorite);
    }

    /** Archives the project and all its sub-projects (those not archived yet tell so with an event). */
    @Transactional
    public ProjectForMember archive(UUID caller, UUID projectId) {
        projects.lockTree();
        access.lock(projectId, caller, Permission.ARCHIVE).project().ensureArchivable();
        List<UUID> tree = projects.subtree(projectId);
        inTreeOrder(tree, projects.setArchived(tree, true, now())).forEach(p -> events.archived(p, caller));
        return get(caller, projectId);
    }

    /** Brings the project and its sub-projects back; not while its parent is archived. */
    @Transactional
    public ProjectForMember unarchive(UUID caller, UUID projectId) {
        projects.lockTree();
        Project project = access.lock(projectId, caller, Permission.ARCHIVE).project();
        project.ensureUnarchivableUnder(
                project.parentId() == null
                        ? null
                        : projects.byId(project.parentId()).orElse(null));
        List<UUID> tree = projects.subtree(projectId);
        inTreeOrder(tree, projects.setArchived(tree, false, now())).forEach(p -> events.unarchived(p, caller));
        return get(caller, projectId);
    }

    /**
     * Deletes the project with all its sub-projects. Consumers first hear every member leave
     * (member.removed, reason project-deleted), then project.deleted, for each project of the tree.
     */
    @Transactional
    public void delete(UUID caller, UUID projectId) {
        projects.lockTree();
        access.lock(projectId, caller, Permission.DELETE).project().ensureDeletable();
        List<UUID> tree = projects.subtree(projectId);
        projects.lockAll(tree); // no member joins or leaves a sub-project while its members are listed
        for (UUID id : tree.reversed()) {
            members.all(id).forEach(m -> events.memberRemoved(m, ProjectEventLog.PROJECT_DELETED, caller));
            events.deleted(id, caller);
        }
        projects.delete(projectId);
    }

    private static List<Project> inTreeOrder(List<UUID> tree, List<Project> projects) {
        return projects.stream()
                .sorted(Comparator.comparingInt(p -> tree.indexOf(p.id())))
                .toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
