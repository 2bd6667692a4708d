-- The calendar service's own data, and the replicas it keeps of other services' data (built from events, so
-- the request path never calls another service). Replicas apply an event only if its aggregate version is
-- above the row's (version 0: events from before versions existed, applied in arrival order).

-- Replicas ------------------------------------------------------------------------------------------------

-- Projects, from ordo.projects.project: an archived project's tasks and events leave the agenda.
create table project_replica (
    id       uuid primary key,
    archived boolean not null default false,
    version  bigint  not null default 0
);

-- A deleted project never returns: every later-arriving event of it is ignored.
create table project_tombstone (
    project_id uuid primary key,
    version    bigint not null
);

-- Who may see (any role) and change (owner, admin, member) a project's events.
create table membership (
    project_id uuid   not null,
    user_id    uuid   not null,
    role       text   not null,
    version    bigint not null default 0,
    primary key (project_id, user_id)
);
create index membership_user on membership (user_id);

-- A removed member: an older member.added or role change cannot bring them back.
create table membership_tombstone (
    project_id uuid   not null,
    user_id    uuid   not null,
    version    bigint not null,
    primary key (project_id, user_id)
);

-- Users, from ordo.identity.user: the time zone the agenda is told in.
create table user_replica (
    id       uuid primary key,
    timezone text   not null default 'UTC',
    version  bigint not null default 0
);

-- Tasks, from ordo.tasks.task: what the agenda and the feed show of them. due_date is in the task's zone;
-- due_at is set when the due has a time; recurrence is DTSTART + RRULE text (TaskState.recurrence).
create table task_replica (
    id               uuid primary key,
    project_id       uuid   not null,
    title            text   not null,
    status           text   not null,
    due_date         date,
    due_at           timestamptz,
    due_timezone     text,
    recurrence       text,
    duration_minutes integer,
    version          bigint not null default 0
);
create index task_replica_open_due on task_replica (project_id, due_date) where status not in ('COMPLETED', 'CANCELLED');

-- A deleted task never returns.
create table task_tombstone (
    task_id uuid primary key,
    version bigint not null
);

-- The calendar's own data ------------------------------------------------------------------------------

-- An event (a meeting, ...), or a recurring series of them. start_at/end_at are local date-times in
-- timezone (midnight of the first and of the last day when all_day); recurrence an RRULE without prefix.
create table calendar_event (
    id          uuid primary key,
    project_id  uuid,
    title       text        not null,
    description text,
    location    text,
    all_day     boolean     not null,
    start_at    timestamp   not null,
    end_at      timestamp   not null,
    timezone    text        not null,
    recurrence  text,
    attendees   text[]      not null default '{}',
    created_by  uuid        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null
);
create index calendar_event_personal on calendar_event (created_by, created_at, id) where project_id is null;
create index calendar_event_project on calendar_event (project_id, created_at, id);

-- One occurrence of a series changed or cancelled. occurrence: its original start, as the event's start is
-- written (2026-12-01T09:00 or 2026-12-01); the other columns: what it is instead (null: as the series).
create table event_exception (
    event_id    uuid    not null references calendar_event (id) on delete cascade,
    occurrence  text    not null,
    cancelled   boolean not null default false,
    title       text,
    description text,
    location    text,
    start_at    timestamp,
    end_at      timestamp,
    primary key (event_id, occurrence)
);

-- Each user's feed address: whoever knows the secret reads the feed (calendar apps subscribe without a token).
create table feed (
    user_id uuid primary key,
    secret  text        not null unique,
    created_at timestamptz not null
);
