package dev.ordo.tasks.task;

import dev.ordo.tasks.web.Positions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tasks of all projects, with their labels. */
@Repository
public class Tasks {

    /** The columns of a task row that make a {@link Task}, over alias {@code t} (not the search vector). */
    static final String TASK_COLUMNS = """
            t.id, t.project_id, t.section_id, t.parent_id, t.depth, t.title, t.description, t.status, t.priority,
            t.due_date, t.due_datetime, t.due_timezone, t.due_string, t.due_recurrence, t.due_from_completion, t.deadline, t.duration_amount, t.duration_unit, t.assignee_id,
            t.position, t.created_by, t.created_at, t.updated_at, t.completed_at, t.version""";

    /**
     * Select list of a task as it is shown, over alias {@code t}: its row, the number of its open direct
     * subtasks, its comment count (kept on the row from comment events) and its labels (in {@link Task#LABEL_ORDER} as the database collates it), so that one
     * statement answers a page. Read with {@link #view(ResultSet)}.
     */
    public static final String VIEW_COLUMNS = TASK_COLUMNS + """
            , t.comment_count,
            (select count(*) from task c where c.parent_id = t.id
                and c.status in ('PENDING', 'IN_PROGRESS')) as open_subtasks,
            array(select l.name from task_label l where l.task_id = t.id
                order by lower(l.name) collate "C", l.name collate "C") as labels""";

    private final JdbcClient jdbc;

    Tasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new task with its labels in one statement, placed after its last sibling unless its position is
     * given ({@code positioned}); the statement also tells whether the project has priority rules.
     *
     * @return the task as written (its position, its labels as {@link #labelsOf} orders them), or empty when
     *     the siblings use up the range and must be renumbered first (see {@link TaskPositions})
     */
    Optional<Added> addNew(Task task, boolean positioned) {
        String position = positioned
                ? "select cast(:position as bigint) as position, true as fits"
                : """
                        select greatest(coalesce(max(position), 0), 0) + 1 as position,
                            coalesce(max(position), 0) < :max as fits
                        from task where project_id = :projectId and %s""".formatted(siblingsOf(task.parentId()));
        return jdbc.sql("""
                        with pos as (%s),
                        inserted as (
                            insert into task (id, project_id, section_id, parent_id, depth, title, description, status,
                                priority, priority_rank, due_date, due_datetime, due_timezone, due_string, due_recurrence,
                                due_from_completion, deadline, duration_amount,
                                duration_unit, assignee_id, position, created_by, created_at, updated_at, completed_at,
                                version)
                            select :id, :projectId, :sectionId, :parentId, :depth, :title, :description, :status,
                                :priority, :priorityRank, :dueDate, :dueDatetime, :dueTimezone, :dueString, :dueRecurrence,
                                :dueFromCompletion, :deadline, :durationAmount,
                                :durationUnit, :assigneeId, pos.position, :createdBy, :createdAt, :updatedAt, :completedAt,
                                :version
                            from pos where pos.fits
                            returning id, position),
                        labelled as (
                            insert into task_label (task_id, name)
                            select inserted.id, l.name from inserted, unnest(cast(:labels as text[])) as l(name)
                            on conflict do nothing)
                        select inserted.position,
                            array(select l.name from unnest(cast(:labels as text[])) as l(name)
                                order by lower(l.name) collate "C", l.name collate "C") as labels,
                            exists (select 1 from priority_rule r where r.project_id = :projectId) as has_rules
                        from inserted""".formatted(position))
                .params(TaskRows.params(task))
                .param("max", Positions.MAX)
                .param("labels", task.labels().toArray(String[]::new))
                .query((rs, row) -> new Added(
                        task.atPosition(rs.getLong("position")).withLabels(List.of((String[])
                                rs.getArray("labels").getArray())),
                        rs.getBoolean("has_rules")))
                .optional();
    }

    /** A task just written, and whether its project has priority rules. */
    record Added(Task task, boolean projectHasRules) {}

    /** Writes every changeable column of the task (its labels only if {@code labelsChanged}). */
    void update(Task task, boolean labelsChanged) {
        jdbc.sql("""
                        update task set project_id = :projectId, section_id = :sectionId, parent_id = :parentId,
                            depth = :depth, title = :title, description = :description, status = :status,
                            priority = :priority, priority_rank = :priorityRank, due_date = :dueDate,
                            due_datetime = :dueDatetime, due_timezone = :dueTimezone, due_string = :dueString,
                            due_recurrence = :dueRecurrence, due_from_completion = :dueFromCompletion, deadline = :deadline,
                            duration_amount = :durationAmount, duration_unit = :durationUnit, assignee_id = :assigneeId,
                            position = :position, updated_at = :updatedAt, completed_at = :completedAt,
                            version = :version
                        where id = :id""").params(TaskRows.params(task)).update();
        if (labelsChanged) {
            setLabels(task.id(), task.labels());
        }
    }

    /**
     * Changes the priority only if the task is still at {@code expectedVersion} (for changes made without
     * holding the row, by the priority rules' sweep).
     */
    boolean updatePriorityIfUnchanged(Task task, long expectedVersion) {
        return jdbc.sql("""
                        update task set priority = :priority, priority_rank = :priorityRank, updated_at = :updatedAt,
                            version = :version
                        where id = :id and version = :expectedVersion""")
                        .params(TaskRows.params(task))
                        .param("expectedVersion", expectedVersion)
                        .update()
                == 1;
    }

    public Optional<Task> byId(UUID id) {
        return withLabels(jdbc.sql("select * from task where id = :id")
                        .param("id", id)
                        .query(TaskRows::task)
                        .list())
                .stream()
                .findFirst();
    }

    List<Task> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withLabels(jdbc.sql("select * from task where id in (:ids) order by id")
                .param("ids", ids)
                .query(TaskRows::task)
                .list());
    }

    /** The task with its row locked until the transaction ends. */
    Optional<Task> lock(UUID id) {
        return withLabels(jdbc.sql("select * from task where id = :id for update")
                        .param("id", id)
                        .query(TaskRows::task)
                        .list())
                .stream()
                .findFirst();
    }

    public Optional<TaskView> view(UUID id) {
        return views(List.of(id)).stream().findFirst();
    }

    /** The tasks with these ids, in this order (those that do not exist are left out). */
    public List<TaskView> views(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<TaskView> found = jdbc.sql("select " + VIEW_COLUMNS + " from task t where t.id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> view(rs))
                .list();
        Map<UUID, TaskView> byId = new HashMap<>();
        found.forEach(v -> byId.put(v.task().id(), v));
        return ids.stream().map(byId::get).filter(v -> v != null).toList();
    }

    /** The task view of the current row of a query whose select list is {@link #VIEW_COLUMNS}. */
    public static TaskView view(ResultSet rs) throws SQLException {
        return new TaskView(
                TaskRows.task(rs, 0)
                        .withLabels(List.of((String[]) rs.getArray("labels").getArray())),
                rs.getInt("open_subtasks"),
                rs.getInt("comment_count"));
    }

    /** The task and all its subtasks at every level, the task first, each before its subtasks. */
    List<Task> subtree(UUID rootId) {
        return withLabels(
                jdbc.sql("""
                        with recursive tree (id, level) as (
                            select id, 0 from task where id = :root
                            union all
                            select c.id, tree.level + 1 from task c join tree on c.parent_id = tree.id
                        )
                        select t.* from task t join tree on tree.id = t.id order by tree.level, t.position, t.id""").param("root", rootId).query(TaskRows::task).list());
    }

    /** The tasks in the section and all their subtasks, each before its subtasks. */
    List<Task> inSectionWithSubtasks(UUID sectionId) {
        return withLabels(jdbc.sql("""
                        with recursive tree (id, level) as (
                            select id, 0 from task where section_id = :sectionId
                            union
                            select c.id, tree.level + 1 from task c join tree on c.parent_id = tree.id
                        )
                        select t.* from task t join (select id, min(level) as level from tree group by id) l
                            on l.id = t.id order by t.depth, t.position, t.id""")
                .param("sectionId", sectionId)
                .query(TaskRows::task)
                .list());
    }

    List<Task> inSection(UUID sectionId) {
        return withLabels(jdbc.sql("select * from task where section_id = :sectionId order by depth, position, id")
                .param("sectionId", sectionId)
                .query(TaskRows::task)
                .list());
    }

    List<Task> inProject(UUID projectId) {
        return withLabels(jdbc.sql("select * from task where project_id = :projectId order by depth, position, id")
                .param("projectId", projectId)
                .query(TaskRows::task)
                .list());
    }

    List<Task> assignedIn(UUID projectId, UUID assigneeId) {
        return withLabels(jdbc.sql("""
                        select * from task where project_id = :projectId and assignee_id = :assigneeId
                        order by id for update""")
                .param("projectId", projectId)
                .param("assigneeId", assigneeId)
                .query(TaskRows::task)
                .list());
    }

    /** The tasks {@code createdBy} created that carry this label (ignoring case), locked. */
    List<Task> createdByWithLabel(UUID createdBy, String label) {
        return withLabels(jdbc.sql("""
                        select * from task t where t.created_by = :createdBy
                        and exists (select 1 from task_label l where l.task_id = t.id and lower(l.name) = lower(:label))
                        order by t.id for update""")
                .param("createdBy", createdBy)
                .param("label", label)
                .query(TaskRows::task)
                .list());
    }

    /**
     * The condition on {@code parent_id} that picks a task's siblings: {@code is null} or {@code =}, never
     * {@code is not distinct from}, which no index serves, so the siblings' {@code max(position)} is one
     * step down the {@code task_siblings} index instead of a read of the whole project.
     */
    private static String siblingsOf(UUID parentId) {
        return parentId == null ? "parent_id is null" : "parent_id = cast(:parentId as uuid)";
    }

    /** The highest position among the siblings (0 when there are none), leaving out {@code except}. */
    long lastPosition(UUID projectId, UUID parentId, UUID except) {
        return jdbc.sql("""
                        select coalesce(max(position), 0) from task
                        where project_id = :projectId and %s
                        and id is distinct from cast(:except as uuid)""".formatted(siblingsOf(parentId)))
                .param("projectId", projectId)
                .param("parentId", parentId)
                .param("except", except)
                .query(Long.class)
                .single();
    }

    /**
     * Renumbers the siblings (but {@code except}) {@link Positions#GAP} apart in their order, each changed one
     * a version on; answers how many siblings there are and which of them changed.
     */
    Renumbered renumber(UUID projectId, UUID parentId, UUID except, Instant now) {
        List<UUID> changed = jdbc.sql("""
                        with ordered as (
                            select id, row_number() over (order by position, id) * :gap as position from task
                            where project_id = :projectId and %s
                            and id is distinct from cast(:except as uuid))
                        update task t set position = o.position, version = t.version + 1, updated_at = :now
                        from ordered o where t.id = o.id and t.position <> o.position
                        returning t.id""".formatted(siblingsOf(parentId)))
                .param("gap", Positions.GAP)
                .param("projectId", projectId)
                .param("parentId", parentId)
                .param("except", except)
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .list();
        int count = jdbc.sql("""
                        select count(*) from task where project_id = :projectId
                        and %s and id is distinct from cast(:except as uuid)""".formatted(siblingsOf(parentId)))
                .param("projectId", projectId)
                .param("parentId", parentId)
                .param("except", except)
                .query(Integer.class)
                .single();
        return new Renumbered(count, changed);
    }

    record Renumbered(int siblings, List<UUID> changed) {}

    /** Deletes these tasks (their labels go with them). */
    void delete(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from task where id in (:ids)").param("ids", ids).update();
        }
    }

    /**
     * Serialises changes to the shape of the projects' task trees (subtasks, moves, deletes), so that two
     * concurrent moves cannot make a cycle or nest deeper than allowed. Taken before any task row is
     * locked, in the same order by everyone, so it cannot take part in a deadlock.
     */
    void lockTrees(Collection<UUID> projectIds) {
        for (UUID projectId : new TreeSet<>(projectIds)) {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .param("key", "task-tree:" + projectId)
                    .query((rs, row) -> 1)
                    .list();
        }
    }

    private void setLabels(UUID taskId, List<String> labels) {
        jdbc.sql("delete from task_label where task_id = :id")
                .param("id", taskId)
                .update();
        for (String label : labels) {
            jdbc.sql("insert into task_label (task_id, name) values (:id, :name) on conflict do nothing")
                    .param("id", taskId)
                    .param("name", label)
                    .update();
        }
    }

    private List<Task> withLabels(List<Task> tasks) {
        Map<UUID, List<String>> labels = labelsOf(tasks.stream().map(Task::id).toList());
        return tasks.stream()
                .map(t -> t.withLabels(labels.getOrDefault(t.id(), List.of())))
                .toList();
    }

    private Map<UUID, List<String>> labelsOf(List<UUID> taskIds) {
        Map<UUID, List<String>> labels = new HashMap<>();
        if (taskIds.isEmpty()) {
            return labels;
        }
        jdbc.sql(
                        "select task_id, name from task_label where task_id in (:ids) order by lower(name) collate \"C\", name collate \"C\"")
                .param("ids", taskIds)
                .query((rs, row) -> labels.computeIfAbsent(rs.getObject("task_id", UUID.class), id -> new ArrayList<>())
                        .add(rs.getString("name")))
                .list();
        return labels;
    }
}
