-- The tasks service's own data, and the replicas it keeps of other services' data (built from events,
-- so the request path never calls another service).

-- Replicas ------------------------------------------------------------------------------------------

-- Projects, from ordo.projects.project (project.* events).
create table project_replica (
    id        uuid primary key,
    name      text    not null,
    parent_id uuid,
    inbox     boolean not null default false,
    archived  boolean not null default false,
    owner_id  uuid    not null
);
create index project_replica_parent on project_replica (parent_id);
create index project_replica_name on project_replica (lower(name));

-- Who may do what in which project, from member.* events. role: owner | admin | member | viewer.
create table membership (
    project_id uuid not null,
    user_id    uuid not null,
    role       text not null,
    primary key (project_id, user_id)
);
create index membership_user on membership (user_id);

-- Users, from ordo.identity.user: for "assigned to: <email>" and "today" in the user's own time zone.
create table user_replica (
    id       uuid primary key,
    email    text not null,
    name     text not null,
    timezone text not null default 'UTC'
);
create unique index user_replica_email on user_replica (email);

-- Tasks' own data -----------------------------------------------------------------------------------

create table section (
    id         uuid primary key,
    project_id uuid        not null,
    name       text        not null,
    position   bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0
);
create index section_project on section (project_id, position);

-- Labels are personal (per user); tasks carry label names.
create table label (
    id         uuid primary key,
    owner_id   uuid        not null,
    name       text        not null,
    color      text        not null,
    created_at timestamptz not null
);
create unique index label_owner_name on label (owner_id, lower(name));

create table task (
    id              uuid primary key,
    project_id      uuid        not null,
    section_id      uuid,
    parent_id       uuid,
    depth           smallint    not null default 0,            -- 0 for a top-level task, at most 3
    title           text        not null,
    description     text        not null default '',
    status          text        not null default 'PENDING',    -- PENDING | IN_PROGRESS | COMPLETED | CANCELLED
    priority        text        not null default 'LOW',        -- URGENT | HIGH | MEDIUM | LOW
    priority_rank   smallint    not null default 4,            -- 1 URGENT .. 4 LOW: p1..p4, and sort order
    due_date        date,                                      -- set for every due task (the local date)
    due_datetime    timestamptz,                               -- set only when the due has a time
    due_timezone    text,                                      -- the IANA zone of due_datetime
    deadline        date,
    duration_amount integer,
    duration_unit   text,                                      -- minute | day
    assignee_id     uuid,
    position        bigint      not null,
    created_by      uuid        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    completed_at    timestamptz,
    version         bigint      not null default 0,
    search          tsvector generated always as (
        to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, ''))) stored
);
create index task_project_position on task (project_id, position, id);
create index task_parent on task (parent_id);
create index task_section on task (section_id);
create index task_assignee on task (assignee_id) where assignee_id is not null;
create index task_due on task (due_date, id) where status in ('PENDING', 'IN_PROGRESS');
create index task_created on task (project_id, created_at, id);
create index task_search on task using gin (search);

create table task_label (
    task_id uuid not null references task (id) on delete cascade,
    name    text not null,
    primary key (task_id, name)
);
create index task_label_name on task_label (lower(name));

create table saved_filter (
    id         uuid primary key,
    owner_id   uuid        not null,
    name       text        not null,
    query      text        not null,
    position   bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create unique index saved_filter_owner_name on saved_filter (owner_id, lower(name));

-- Per-project priority rules: when the filter query matches a task, set its priority.
create table priority_rule (
    id         uuid primary key,
    project_id uuid        not null,
    name       text        not null,
    when_query text        not null,
    priority   text        not null,
    position   bigint      not null,
    created_by uuid        not null,
    created_at timestamptz not null
);
create index priority_rule_project on priority_rule (project_id, position);

-- Idempotency-Key on creating POSTs: the same key and body answer the same 201; another body, 422.
create table idempotency_key (
    owner_id     uuid        not null,
    key          text        not null,
    request_hash text        not null,
    status       integer     not null,
    location     text,
    body         text        not null,
    created_at   timestamptz not null,
    primary key (owner_id, key)
);
create index idempotency_key_created on idempotency_key (created_at);
