-- Reminders: a user's own, on one task they may see. Relative ones (minutes_before) fire that long before the task's
-- due time and follow it; absolute ones (at) fire at an instant. fire_at is when it fires next, or null when it has
-- nothing to fire at (no due time, or it fired for the current due): the firing poller reads only rows with one.
create table reminder (
    id             uuid        primary key,
    task_id        uuid        not null,
    project_id     uuid        not null,
    user_id        uuid        not null,
    minutes_before integer,
    at             timestamptz,
    channels       text[]      not null,
    -- the task's due instant fire_at was computed from (relative ones): an event that leaves the due as it is
    -- leaves the reminder as it is, so one that has fired is not armed again for the same due
    task_due_at    timestamptz,
    fire_at        timestamptz,
    created_at     timestamptz not null,
    version        bigint      not null,
    constraint reminder_relative_or_absolute check ((minutes_before is null) <> (at is null))
);
-- The poller: "where fire_at <= now() order by fire_at for update skip locked".
create index reminder_fire_at on reminder (fire_at) where fire_at is not null;
create index reminder_task_user on reminder (task_id, user_id);
create index reminder_project_user on reminder (project_id, user_id);

-- The per-user default reminder is made once per user and task, even if the user deletes it afterwards.
create table default_reminder_made (
    task_id uuid not null,
    user_id uuid not null,
    primary key (task_id, user_id)
);
