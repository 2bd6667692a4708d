-- One query returning the same 50 rows as "list 50 tasks": the first page of the project by the
-- (project_id, position, id) index, each task with its labels.
select t.*, array(select l.name from task_label l where l.task_id = t.id order by l.name) as labels
from task t
where t.project_id = '00000000-0000-0000-0000-00000000b001'
order by t.position, t.id
limit 50;
