-- Issue 9: every event carries its aggregate's version; a row Kafka refuses is parked; old rows are pruned.

-- The last version given to each aggregate (topic + subject). The outbox bumps it with
-- "insert ... on conflict do update ... returning" in the business transaction: the row lock it takes
-- also orders two transactions writing events of one aggregate.
create table outbox_aggregate_version (
    topic   text   not null,
    subject text   not null,
    version bigint not null,
    primary key (topic, subject)
);

alter table outbox_event add column aggregate_version bigint;
-- Set when the relay gave up on the row (Kafka refused it maxAttempts times): it and the later events of its
-- aggregate wait for an operator (ADR 0012).
alter table outbox_event add column parked_at timestamptz;

drop index outbox_event_unpublished;
create index outbox_event_unpublished on outbox_event (seq) where published_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (topic, event_key) where parked_at is not null;
create index processed_event_processed_at on processed_event (processed_at);

-- db-scheduler's table (its PostgreSQL DDL for version 16) for the platform's pruning jobs; services that
-- run jobs of their own created it already in their migrations, which run first.
create table if not exists scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index if not exists execution_time_idx on scheduled_tasks (execution_time);
create index if not exists last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index if not exists priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
