package dev.ordo.tasks.capture;

import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.tasks.access.ProjectReplica;
import dev.ordo.tasks.access.ProjectReplicas;
import dev.ordo.tasks.access.UserReplicas;
import dev.ordo.tasks.quickadd.QuickAddParse;
import dev.ordo.tasks.quickadd.QuickAddParser;
import dev.ordo.tasks.section.Section;
import dev.ordo.tasks.section.Sections;
import dev.ordo.tasks.task.NewTask;
import dev.ordo.tasks.task.TaskDuration;
import dev.ordo.tasks.task.TaskService;
import dev.ordo.tasks.task.TaskView;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quick add: a line read by {@link QuickAddParser} in the caller's time zone, its names resolved among
 * the caller's things (a project among the projects I am in, a section of that project, an assignee by
 * email who must be a member), then created like any task (the Inbox when no project is named). A
 * {@code #Name} that is none of my projects stays in the title (as Todoist does).
 */
@Service
public class QuickAddService {

    private final TaskService tasks;
    private final ProjectReplicas projects;
    private final Sections sections;
    private final UserReplicas users;
    private final Clock clock;

    QuickAddService(TaskService tasks, ProjectReplicas projects, Sections sections, UserReplicas users, Clock clock) {
        this.tasks = tasks;
        this.projects = projects;
        this.sections = sections;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public QuickAddParse preview(UUID caller, String text) {
        return QuickAddParser.parse(
                text,
                users.zoneOf(caller),
                clock.instant(),
                name -> !projects.byNameForMember(name, caller).isEmpty());
    }

    @Transactional
    public TaskView add(UUID caller, String text) {
        QuickAddParse parse = preview(caller, text);
        UUID projectId = parse.projectName() == null ? null : project(parse.projectName(), caller);
        UUID sectionId = null;
        if (parse.sectionName() != null) {
            UUID in = projectId != null
                    ? projectId
                    : projects.inboxOf(caller)
                            .orElseThrow(
                                    () -> new Conflict("Your Inbox is not known here yet; name a project with #."));
            sectionId = sections.byName(in, parse.sectionName())
                    .map(Section::id)
                    .orElseThrow(() -> new InvalidInput(
                            "There is no section named '" + parse.sectionName() + "' in that project."));
        }
        UUID assigneeId = parse.assigneeEmail() == null
                ? null
                : users.idByEmail(parse.assigneeEmail())
                        .orElseThrow(() -> new InvalidInput(
                                "Nobody with the email '" + parse.assigneeEmail() + "' is known here."));
        return tasks.create(
                caller,
                new NewTask(
                        parse.title(),
                        "",
                        projectId,
                        sectionId,
                        null,
                        null,
                        parse.priority(),
                        parse.due(),
                        parse.deadline(),
                        parse.duration() == null
                                ? null
                                : new TaskDuration(
                                        parse.duration().amount(),
                                        parse.duration().unit()),
                        assigneeId,
                        parse.labels(),
                        null));
    }

    /** The one project of that name among mine: the Inbox or else the first, when names repeat. */
    private UUID project(String name, UUID caller) {
        List<ProjectReplica> named = projects.byNameForMember(name, caller);
        if (named.isEmpty()) {
            throw new InvalidInput("You have no project named '" + name + "'.");
        }
        return named.getFirst().id();
    }
}
