package dev.ordo.tasks.list;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.tasks.query.Priority;
import dev.ordo.tasks.task.TaskResponse;
import dev.ordo.tasks.task.TaskStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Tasks and subtasks in the projects the caller is a member of")
class TaskListController {

    private final TaskListService lists;
    private final MostUrgentService mostUrgent;

    TaskListController(TaskListService lists, MostUrgentService mostUrgent) {
        this.lists = lists;
        this.mostUrgent = mostUrgent;
    }

    @GetMapping("/most-urgent")
    @Operation(
            summary = "My most urgent open tasks",
            description = "In my projects, assigned to me or to nobody, "
                    + "most urgent first (priority dominates; due soon or overdue, age and open subtasks add). "
                    + "limit 1 to 50, default 10. nextCursor is always null.")
    Page<TaskResponse> mostUrgent(@RequestParam(required = false) Integer limit) {
        return new Page<>(mostUrgent.mostUrgent(Caller.current().userId(), limit), null);
    }

    @GetMapping
    @Operation(
            summary = "List tasks",
            description = "The tasks of my projects (archived projects only with "
                    + "projectId), open ones unless status says otherwise. Narrow with the parameters, a filter query "
                    + "(filter=, or savedFilter=<id>) or a day view (view=today|upcoming|overdue, in my time zone). "
                    + "sort=position (default; due for views)|due|priority|urgency|created.")
    Page<TaskResponse> list(
            @RequestParam(required = false) UUID projectId,
            @RequestParam(required = false) UUID sectionId,
            @RequestParam(required = false) UUID parentId,
            @Parameter(description = "A label name") @RequestParam(required = false) String label,
            @RequestParam(required = false) UUID assigneeId,
            @Parameter(
                            description =
                                    "PENDING, IN_PROGRESS, COMPLETED, CANCELLED (comma-separated); default the open ones")
                    @RequestParam(required = false)
                    List<String> status,
            @Parameter(description = "URGENT, HIGH, MEDIUM, LOW (comma-separated)") @RequestParam(required = false)
                    List<String> priority,
            @Parameter(description = "A filter query, e.g. (today | overdue) & #Work") @RequestParam(required = false)
                    String filter,
            @Parameter(description = "The id of one of my saved filters") @RequestParam(required = false)
                    UUID savedFilter,
            @Parameter(description = "today, upcoming or overdue") @RequestParam(required = false) String view,
            @Parameter(description = "position, due, priority, urgency or created") @RequestParam(required = false)
                    String sort,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        if (filter != null && savedFilter != null) {
            throw new InvalidInput("Give either 'filter' or 'savedFilter', not both.");
        }
        View v = View.of(view);
        TaskListQuery query = new TaskListQuery(
                projectId,
                sectionId,
                parentId,
                blankToNull(label),
                assigneeId,
                parse(status, TaskStatus.class, "status"),
                parse(priority, Priority.class, "priority"),
                blankToNull(filter),
                savedFilter,
                v,
                TaskSort.of(sort, v == null ? TaskSort.POSITION : TaskSort.DUE));
        return lists.list(Caller.current().userId(), query, PageQuery.of(cursor, limit));
    }

    private static <E extends Enum<E>> Set<E> parse(List<String> values, Class<E> type, String name) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Set<E> parsed = EnumSet.noneOf(type);
        for (String value : values) {
            try {
                parsed.add(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("'" + name + "' must be one or more of "
                        + String.join(
                                ", ",
                                EnumSet.allOf(type).stream().map(Enum::name).toList()) + ".");
            }
        }
        return parsed;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
