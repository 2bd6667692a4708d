-- the first page of a project's tasks: 50 rows by the (project_id, position, id) index
select * from bench_task where project_id = '00000000-0000-0000-0000-00000000b001'
order by position, id limit 50;
