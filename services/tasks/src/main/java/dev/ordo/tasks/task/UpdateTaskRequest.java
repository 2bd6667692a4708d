package dev.ordo.tasks.task;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.ordo.platform.web.ApiException;
import dev.ordo.tasks.query.Priority;
import dev.ordo.tasks.web.Positions;
import dev.ordo.tasks.web.UnknownFields;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A partial change. A class with setters rather than a record because "absent" and "null" mean
 * different things: {@code "due": null} clears the due, while a field left out stays as it is.
 * Moving (project, section, parent) is {@code POST /api/v1/tasks/{id}/move}.
 */
@Schema(
        description = "Fields to change; those left out stay as they are. null clears description, due, "
                + "deadline, duration and assigneeId.")
public final class UpdateTaskRequest {

    static final String FIELDS =
            "title, description, status, priority, due, deadline, duration, assigneeId, " + "labels and position";
    private static final Set<String> MOVES = Set.of("projectId", "sectionId", "parentId");

    @Size(max = TaskTexts.MAX_TITLE) private String title;

    private String description;
    private TaskStatus status;
    private Priority priority;

    @Valid private DueRequest due;

    private LocalDate deadline;

    @Valid private DurationRequest duration;

    private UUID assigneeId;

    @Size(max = TaskTexts.MAX_LABELS) private List<String> labels;

    @Min(0) @Max(Positions.MAX) private Long position;

    private final Set<String> present = new HashSet<>();
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
        present.add("title");
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
        present.add("description");
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
        present.add("status");
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
        present.add("priority");
    }

    public DueRequest getDue() {
        return due;
    }

    public void setDue(DueRequest due) {
        this.due = due;
        present.add("due");
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
        present.add("deadline");
    }

    public DurationRequest getDuration() {
        return duration;
    }

    public void setDuration(DurationRequest duration) {
        this.duration = duration;
        present.add("duration");
    }

    public UUID getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(UUID assigneeId) {
        this.assigneeId = assigneeId;
        present.add("assigneeId");
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
        present.add("labels");
    }

    public Long getPosition() {
        return position;
    }

    public void setPosition(Long position) {
        this.position = position;
        present.add("position");
    }

    @JsonAnySetter
    void otherField(String field, Object value) {
        otherFields.put(field, value);
    }

    /**
     * @throws ApiException 400 for unknown fields, for moves (use /move), and for title, status, priority,
     *                      labels or position sent as null: they can be changed, not cleared
     */
    TaskChanges toChanges() {
        Map<String, Object> unknown = new LinkedHashMap<>(otherFields);
        if (unknown.keySet().stream().anyMatch(MOVES::contains)) {
            throw ApiException.badRequest(
                    "projectId, sectionId and parentId change with POST /api/v1/tasks/{id}/move.");
        }
        UnknownFields.refuse(unknown, FIELDS);
        if (due != null) {
            UnknownFields.refuse(due.otherFields(), "due: " + DueRequest.FIELDS);
        }
        if (duration != null) {
            UnknownFields.refuse(duration.otherFields(), "duration: " + DurationRequest.FIELDS);
        }
        refuseNull("title", title);
        refuseNull("status", status);
        refuseNull("priority", priority);
        refuseNull("labels", labels);
        refuseNull("position", position);
        return new TaskChanges(
                title == null ? null : TaskTexts.title(title),
                present.contains("description") ? Optional.of(TaskTexts.description(description)) : null,
                status,
                priority,
                present.contains("due") ? Optional.ofNullable(due) : null,
                present.contains("deadline") ? Optional.ofNullable(deadline) : null,
                present.contains("duration") ? Optional.ofNullable(duration).map(DurationRequest::toDuration) : null,
                present.contains("assigneeId") ? Optional.ofNullable(assigneeId) : null,
                labels,
                position);
    }

    @JsonIgnore
    Map<String, Object> otherFields() {
        return otherFields;
    }

    private void refuseNull(String field, Object value) {
        if (present.contains(field) && value == null) {
            throw ApiException.badRequest("'" + field + "' cannot be null.");
        }
    }
}
