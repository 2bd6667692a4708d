-- A task's siblings (same project, same parent) in position order: a create's max(position) is one step down
-- this index instead of a read of every task in the project (issue 11, ADR 0026).
create index task_siblings on task (project_id, parent_id, position);
