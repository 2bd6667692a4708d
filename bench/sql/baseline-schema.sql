-- The pgbench baselines' database (<prefix>bench, e.g. ordo_bench): the tasks service's task and task_label
-- tables and the platform's outbox table, shaped and indexed like theirs (services/tasks/.../db/migration,
-- platform/events/.../db/platform), so "create a task" and "list 50 tasks" can be compared with the same
-- work done by PostgreSQL alone. Seeded like the tasks database during the bench: the listed project holds
-- 1,000 tasks (every second one labelled "bench-a", every third "bench-b"), the table 10,000.
drop table if exists task_label, task, outbox_event;
create table task (
    id              uuid primary key,
    project_id      uuid        not null,
    section_id      uuid,
    parent_id       uuid,
    depth           smallint    not null default 0,
    title           text        not null,
    description     text        not null default '',
    status          text        not null default 'PENDING',
    priority        text        not null default 'LOW',
    priority_rank   smallint    not null default 4,
    due_date        date,
    due_datetime    timestamptz,
    due_timezone    text,
    deadline        date,
    duration_amount integer,
    duration_unit   text,
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

create table outbox_event (
    id                uuid primary key,
    seq               bigserial   not null unique,
    topic             text        not null,
    event_key         text        not null,
    event_type        text        not null,
    payload           text        not null,
    created_at        timestamptz not null default now(),
    published_at      timestamptz,
    attempts          integer     not null default 0,
    last_error        text,
    aggregate_version bigint,
    parked_at         timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null and parked_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;
create index outbox_event_parked on outbox_event (topic, event_key) where parked_at is not null;

insert into task (id, project_id, title, position, created_by, created_at, updated_at)
select gen_random_uuid(), '00000000-0000-0000-0000-00000000b001', 'bench-seed ' || g, g,
       '00000000-0000-0000-0000-00000000b0b0', now(), now()
from generate_series(1, 1000) g;
insert into task_label (task_id, name)
select id, 'bench-a' from task where position % 2 = 0
union all
select id, 'bench-b' from task where position % 3 = 0;
insert into task (id, project_id, title, position, created_by, created_at, updated_at)
select gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad(to_hex(g % 1000), 12, '0'))::uuid, 'bench-seed ' || g, g,
       '00000000-0000-0000-0000-00000000b0b0', now(), now()
from generate_series(1, 9000) g;
vacuum analyze task;
vacuum analyze task_label;
