package dev.ordo.tasks.task;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A task as a row of {@code task}: the parameters that write one, and the mapping that reads one back. */
final class TaskRows {

    private TaskRows() {}

    static Map<String, Object> params(Task t) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", t.id());
        p.put("projectId", t.projectId());
        p.put("sectionId", t.sectionId());
        p.put("parentId", t.parentId());
        p.put("depth", t.depth());
        p.put("title", t.title());
        p.put("description", t.description());
        p.put("status", t.status().name());
        p.put("priority", t.priority().name());
        p.put("priorityRank", t.priority().rank());
        p.put("dueDate", t.due() == null ? null : t.due().date());
        p.put(
                "dueDatetime",
                t.due() == null || t.due().datetime() == null
                        ? null
                        : Timestamp.from(t.due().datetime()));
        p.put(
                "dueTimezone",
                t.due() == null || t.due().timezone() == null
                        ? null
                        : t.due().timezone().getId());
        p.put("dueString", t.due() == null ? null : t.due().string());
        p.put("dueRecurrence", t.due() == null ? null : t.due().recurrence());
        p.put("dueFromCompletion", t.due() != null && t.due().fromCompletion());
        p.put("deadline", t.deadline());
        p.put("durationAmount", t.duration() == null ? null : t.duration().amount());
        p.put("durationUnit", t.duration() == null ? null : t.duration().unit());
        p.put("assigneeId", t.assigneeId());
        p.put("position", t.position());
        p.put("createdBy", t.createdBy());
        p.put("createdAt", Timestamp.from(t.createdAt()));
        p.put("updatedAt", Timestamp.from(t.updatedAt()));
        p.put("completedAt", t.completedAt() == null ? null : Timestamp.from(t.completedAt()));
        p.put("version", t.version());
        return p;
    }

    static Task task(ResultSet rs, int row) throws SQLException {
        LocalDate dueDate = rs.getObject("due_date", LocalDate.class);
        Timestamp dueDatetime = rs.getTimestamp("due_datetime");
        String dueTimezone = rs.getString("due_timezone");
        Due due = dueDate == null
                ? null
                : new Due(
                        dueDate,
                        dueDatetime == null ? null : dueDatetime.toInstant(),
                        dueTimezone == null ? null : ZoneId.of(dueTimezone),
                        rs.getString("due_string"),
                        rs.getString("due_recurrence"),
                        rs.getBoolean("due_from_completion"));
        int amount = rs.getInt("duration_amount");
        TaskDuration duration = rs.wasNull() ? null : new TaskDuration(amount, rs.getString("duration_unit"));
        Timestamp completedAt = rs.getTimestamp("completed_at");
        return new Task(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getObject("section_id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                rs.getInt("depth"),
                rs.getString("title"),
                rs.getString("description"),
                TaskStatus.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")),
                due,
                rs.getObject("deadline", LocalDate.class),
                duration,
                rs.getObject("assignee_id", UUID.class),
                List.of(),
                rs.getLong("position"),
                rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                completedAt == null ? null : completedAt.toInstant(),
                rs.getLong("version"));
    }
}
