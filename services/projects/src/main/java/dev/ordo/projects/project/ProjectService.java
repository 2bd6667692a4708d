package dev.ordo.projects.project;

import dev.ordo.platform.web.ApiException;
import dev.ordo.projects.web.Page;
import dev.ordo.projects.web.PageQuery;
import dev.ordo.projects.web.Position;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
        Instant now = now();
        Project project = Project.create(
                UUID.randomUUID(),
                request.name(),
                request.description(),
                request.color(),
                request.parentId(),
                caller,
                now);
        Membership owner = new Membership(project.id(), caller, Role.OWNER, request.favorite(), now);
        projects.add(project);
        members.add(owner);
        events.created(project, caller);
        events.memberAdded(owner, ProjectEventLog.VIA_CREATED, caller);
        return new ProjectForMember(project, Role.OWNER, request.favorite());
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
                p -> new Position(p.project().createdAt(), p.project().id()));
    }

    /**
     * Applies the changes. Any member may set their own favorite flag; everything else needs the
     * right to edit the project. Moving takes the tree lock first (before the project's row).
     */
    @Transactional
    public ProjectForMember update(UUID caller, UUID projectId, ProjectChanges changes) {
        if (changes.parentId() != null) {
            projects.lockTree();
        }
        Permission needed = changes.touchesTheProject() ? Permission.EDIT : Permission.SET_OWN_FAVORITE;
        ProjectAccess.Granted granted = access.lock(projectId, caller, needed);
        Project before = granted.project();
        List<String> changed = new ArrayList<>();
        String name = changes.name() == null ? before.name() : change(changes.name(), before.name(), "name", changed);
        String description = changes.description() == null
                ? before.description()
                : change(changes.description().orElse(null), before.description(), "description", changed);
        String color =
                changes.color() == null ? before.color() : change(changes.color(), before.color(), "color", changed);
        UUID parentId = changes.parentId() == null
                ? before.parentId()
                : change(changes.parentId().orElse(null), before.parentId(), "parentId", changed);
        if (before.inbox() && (changed.contains("name") || changed.contains("parentId"))) {
            throw ApiException.conflict("The Inbox keeps its name and cannot be a sub-project.");
        }
        if (changed.contains("parentId") && parentId != null) {
            hierarchy.checkParent(parentId, caller, projectId, projects.height(projectId));
        }
        Project after = before;
        if (!changed.isEmpty()) {
            after = new Project(
                    before.id(),
                    name,
                    description,
                    color,
                    parentId,
                    before.inbox(),
                    before.archived(),
                    before.ownerId(),
                    before.createdAt(),
                    now());
            projects.update(after);
            events.updated(after, List.copyOf(changed), caller);
        }
        boolean favorite = granted.membership().favorite();
        if (changes.favorite() != null && changes.favorite() != favorite) {
            favorite = changes.favorite();
            members.setFavorite(projectId, caller, favorite);
        }
        return new ProjectForMember(after, granted.membership().role(), favorite);
    }

    /** Archives the project and all its sub-projects (those not archived yet tell so with an event). */
    @Transactional
    public ProjectForMember archive(UUID caller, UUID projectId) {
        projects.lockTree();
        ProjectAccess.Granted granted = access.lock(projectId, caller, Permission.ARCHIVE);
        if (granted.project().inbox()) {
            throw ApiException.conflict("The Inbox cannot be archived.");
        }
        List<UUID> tree = projects.subtree(projectId);
        inTreeOrder(tree, projects.setArchived(tree, true, now())).forEach(p -> events.archived(p, caller));
        return get(caller, projectId);
    }

    /** Brings the project and its sub-projects back; not while its parent is archived. */
    @Transactional
    public ProjectForMember unarchive(UUID caller, UUID projectId) {
        projects.lockTree();
        ProjectAccess.Granted granted = access.lock(projectId, caller, Permission.ARCHIVE);
        if (granted.project().inbox()) {
            throw ApiException.conflict("The Inbox is never archived.");
        }
        UUID parentId = granted.project().parentId();
        if (parentId != null && projects.byId(parentId).map(Project::archived).orElse(false)) {
            throw ApiException.conflict("The parent project is archived; unarchive it first.");
        }
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
        ProjectAccess.Granted granted = access.lock(projectId, caller, Permission.DELETE);
        if (granted.project().inbox()) {
            throw ApiException.conflict("The Inbox cannot be deleted.");
        }
        List<UUID> tree = projects.subtree(projectId);
        projects.lockAll(tree); // no member joins or leaves a sub-project while its members are listed
        for (UUID id : tree.reversed()) {
            members.all(id).forEach(m -> events.memberRemoved(m, ProjectEventLog.PROJECT_DELETED, caller));
            events.deleted(id, caller);
        }
        projects.delete(projectId);
    }

    /** The requested value; noted as a change if it differs from the current one. */
    private static <T> T change(T requested, T current, String field, List<String> changed) {
        if (!Objects.equals(requested, current)) {
            changed.add(field);
        }
        return requested;
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
