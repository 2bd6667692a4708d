-- one task created: a single-row insert with its indexes
insert into bench_task (id, project_id, title, position, created_by, created_at, updated_at)
values (gen_random_uuid(), '00000000-0000-0000-0000-00000000b001', 'pgbench task', 1000000 + :client_id,
        '00000000-0000-0000-0000-00000000b0b0', now(), now());
