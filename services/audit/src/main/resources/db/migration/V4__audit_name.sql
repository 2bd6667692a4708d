-- The names audit has seen, each with the time of the event that gave it, so that the API's summaries
-- ("Ada completed 'Buy milk' in Garden") can call the people, projects, tasks and sections an event names
-- by id what they were called when it happened. Learned from the events audit records (dev.ordo.audit.summary
-- .NameSources); a row is never changed, so a redelivered or replayed event changes nothing.
create table audit_name (
    kind  text        not null check (kind in ('user', 'project', 'task', 'section')),
    id    uuid        not null,
    since timestamptz not null,
    name  text        not null,
    primary key (kind, id, since)
);

-- Summaries look names up by id for a page of events, of whatever kind.
create index audit_name_by_id on audit_name (id);

-- Names live as long as the service: they outlive expired events, which other events may still name.
revoke all on audit_name from public, "${app_role}";
grant select, insert on audit_name to "${app_role}";

-- What the trail recorded before audit remembered names, by the same rules as NameSources.
insert into audit_name (kind, id, since, name)
select 'user', (payload ->> 'userId')::uuid, occurred_at,
       coalesce(nullif(btrim(payload ->> 'name'), ''), payload ->> 'email')
from audit_event
where type in ('user.registered', 'user.updated')
  and data_version = 1
  and payload ->> 'userId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  and coalesce(nullif(btrim(payload ->> 'name'), ''), payload ->> 'email') is not null
on conflict do nothing;

insert into audit_name (kind, id, since, name)
select 'project', (payload -> 'project' ->> 'projectId')::uuid, occurred_at, payload -> 'project' ->> 'name'
from audit_event
where type in ('project.created', 'project.updated', 'project.archived', 'project.unarchived')
  and data_version = 1
  and payload -> 'project' ->> 'projectId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  and nullif(btrim(payload -> 'project' ->> 'name'), '') is not null
on conflict do nothing;

insert into audit_name (kind, id, since, name)
select 'task', (payload -> 'task' ->> 'taskId')::uuid, occurred_at, payload -> 'task' ->> 'title'
from audit_event
where (type = 'task.created' or (type = 'task.updated' and payload -> 'changedFields' ? 'title'))
  and data_version = 1
  and payload -> 'task' ->> 'taskId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  and nullif(btrim(payload -> 'task' ->> 'title'), '') is not null
on conflict do nothing;

insert into audit_name (kind, id, since, name)
select 'section', (payload -> 'section' ->> 'sectionId')::uuid, occurred_at, payload -> 'section' ->> 'name'
from audit_event
where (type = 'section.created' or (type = 'section.updated' and payload -> 'changedFields' ? 'name'))
  and data_version = 1
  and payload -> 'section' ->> 'sectionId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  and nullif(btrim(payload -> 'section' ->> 'name'), '') is not null
on conflict do nothing;
