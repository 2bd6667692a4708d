-- Recurring tasks (issue 12): the due's words, its recurrence (RFC 5545: a DTSTART line and an RRULE line)
-- and whether the next occurrence counts from completion (Todoist's every!).
alter table task
    add column due_string          text,
    add column due_recurrence      text,
    add column due_from_completion boolean not null default false;

-- One row per completion: a task completed (close, or PATCH of status), or one occurrence of a recurring task
-- closed. Reopen removes the latest, and puts a recurring task back on the due it was closed on (due_*).
create table task_completion (
    id                  uuid primary key,
    task_id             uuid        not null references task (id) on delete cascade,
    title               text        not null,
    occurrence          date,                    -- the due date of what was completed (null: no due)
    occurrence_at       timestamptz,             -- its moment, when the due had a time
    recurring           boolean     not null,
    completed_at        timestamptz not null,
    completed_by        uuid,
    due_datetime        timestamptz,             -- the due it was closed on, to reopen it there
    due_timezone        text,
    due_string          text,
    due_recurrence      text,
    due_from_completion boolean     not null default false
);
create index task_completion_task on task_completion (task_id, completed_at desc, id desc);
create index task_completion_time on task_completion (completed_at desc, id desc);
