-- The audit trail: one row per Ordo event, never updated. The event id is the key, so a redelivered
-- event is inserted "on conflict do nothing" and changes nothing.
create table audit_event (
    id           uuid        primary key,
    type         text        not null,
    source       text        not null,
    topic        text        not null,
    subject      text,
    actor        text,
    data_version integer     not null default 1,
    occurred_at  timestamptz not null,
    recorded_at  timestamptz not null,
    payload      jsonb       not null
);

-- Every query reads newest first with the keyset (occurred_at, id); each filter gets its own prefix.
-- The plain one also serves the retention job (occurred_at < cutoff).
create index audit_event_by_time    on audit_event (occurred_at, id);
create index audit_event_by_actor   on audit_event (actor, occurred_at, id);
create index audit_event_by_subject on audit_event (subject, occurred_at, id);
create index audit_event_by_type    on audit_event (type, occurred_at, id);
