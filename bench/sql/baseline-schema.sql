-- The pgbench baseline: a table shaped and indexed like the tasks service's task table, in its own
-- database (ordo_bench), so "create a task" and "list 50 tasks" can be compared with the same work done
-- by PostgreSQL alone.
drop table if exists bench_task;
create table bench_task (
    id           uuid primary key,
    project_id   uuid        not null,
    section_id   uuid,
    parent_id    uuid,
    depth        smallint    not null default 0,
    title        text        not null,
    description  text        not null default '',
    status       text        not null default 'PENDING',
    priority     text        not null default 'LOW',
    priority_rank smallint   not null default 4,
    due_date     date,
    assignee_id  uuid,
    position     bigint      not null,
    created_by   uuid        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null default 0
);
create index bench_task_project_position on bench_task (project_id, position, id);
create index bench_task_parent on bench_task (parent_id);
create index bench_task_created on bench_task (project_id, created_at, id);
-- the listed project: 1,000 tasks; the rest of 10,000 spread over 90 other projects
insert into bench_task (id, project_id, title, position, created_by, created_at, updated_at)
select gen_random_uuid(), '00000000-0000-0000-0000-00000000b001', 'seed ' || g, g,
       '00000000-0000-0000-0000-00000000b0b0', now(), now()
from generate_series(1, 1000) g;
insert into bench_task (id, project_id, title, position, created_by, created_at, updated_at)
select gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad(to_hex(g % 90), 12, '0'))::uuid, 'seed ' || g, g,
       '00000000-0000-0000-0000-00000000b0b0', now(), now()
from generate_series(1, 9000) g;
analyze bench_task;
