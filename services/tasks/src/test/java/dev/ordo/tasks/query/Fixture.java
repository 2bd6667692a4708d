package dev.ordo.tasks.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes replica and task rows straight into a {@link TasksDatabase}, with intent-revealing defaults. */
public final class Fixture {

    private final JdbcClient jdbc;
    private long position;

    public Fixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID user(String email) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into user_replica (id, email, name) values (?, ?, ?)")
                .params(id, email, email)
                .update();
        return id;
    }

    public UUID project(String name, UUID parent, UUID owner) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into project_replica (id, name, parent_id, owner_id) values (?, ?, ?, ?)")
                .params(id, name, parent, owner)
                .update();
        return id;
    }

    public UUID section(String name, UUID project) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into section (id, project_id, name, position, created_at, updated_at) values (?, ?, ?, ?, now(), now())")
                .params(id, project, name, position++)
                .update();
        return id;
    }

    public TaskRow task(String title, UUID project, UUID createdBy) {
        return new TaskRow(title, project, createdBy);
    }

    /** A task to insert; unset fields take the schema's defaults (PENDING, LOW, no due). */
    public final class TaskRow {
        private final String title;
        private final UUID project;
        private UUID createdBy;
        private UUID section;
        private UUID parent;
        private UUID assignee;
        private String description = "";
        private String status = "PENDING";
        private Priority priority = Priority.LOW;
        private LocalDate dueDate;
        private Instant dueDatetime;
        private String dueTimezone;
        private Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");
        private final List<String> labels = new ArrayList<>();

        private TaskRow(String title, UUID project, UUID createdBy) {
            this.title = title;
            this.project = project;
            this.createdBy = createdBy;
        }

        public TaskRow section(UUID section) {
            this.section = section;
            return this;
        }

        public TaskRow parent(UUID parent) {
            this.parent = parent;
            return this;
        }

        public TaskRow assignee(UUID assignee) {
            this.assignee = assignee;
            return this;
        }

        public TaskRow createdBy(UUID user) {
            this.createdBy = user;
            return this;
        }

        public TaskRow description(String description) {
            this.description = description;
            return this;
        }

        public TaskRow status(String status) {
            this.status = status;
            return this;
        }

        public TaskRow priority(Priority priority) {
            this.priority = priority;
            return this;
        }

        public TaskRow createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public TaskRow dueOn(LocalDate date) {
            this.dueDate = date;
            return this;
        }

        /** A due with a time, given in {@code zone}; due_date is the local date there, as the service stores it. */
        public TaskRow dueAt(Instant instant, String zone) {
            this.dueDatetime = instant;
            this.dueTimezone = zone;
            this.dueDate = ZonedDateTime.ofInstant(instant, ZoneId.of(zone)).toLocalDate();
            return this;
        }

        public TaskRow labels(String... names) {
            labels.addAll(List.of(names));
            return this;
        }

        public UUID insert() {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into task (id, project_id, section_id, parent_id, title, description, status, priority,
                        priority_rank, due_date, due_datetime, due_timezone, assignee_id, position, created_by,
                        created_at, updated_at)
                    values (:id, :project, :section, :parent, :title, :description, :status, :priority,
                        :rank, :dueDate, :dueDatetime, :dueTimezone, :assignee, :position, :createdBy,
                        :createdAt, :createdAt)""")
                    .param("id", id)
                    .param("project", project)
                    .param("section", section)
                    .param("parent", parent)
                    .param("title", title)
                    .param("description", description)
                    .param("status", status)
                    .param("priority", priority.name())
                    .param("rank", priority.rank())
                    .param("dueDate", dueDate)
                    .param("dueDatetime", utc(dueDatetime))
                    .param("dueTimezone", dueTimezone)
                    .param("assignee", assignee)
                    .param("position", position++)
                    .param("createdBy", createdBy)
                    .param("createdAt", utc(createdAt))
                    .update();
            for (String label : labels) {
                jdbc.sql("insert into task_label (task_id, name) values (?, ?)")
                        .params(id, label)
                        .update();
            }
            return id;
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
