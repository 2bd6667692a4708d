-- What notifications knows of other services, built from their events (the request path never calls them).
-- Each applies an event only if its aggregate version is above the row's. Projects and memberships are the
-- platform's replica (platform/memberships, ADR 0030).

-- Tasks, from ordo.tasks.task: who is told about them (creator, assignee), and when their reminders fire
-- (due_at: the due instant when the due has a time; due_date: the day, in due_timezone or the user's zone).
create table task_replica (
    id           uuid        primary key,
    project_id   uuid        not null,
    title        text        not null,
    status       text        not null,
    created_by   uuid,
    assignee_id  uuid,
    due_date     date,
    due_at       timestamptz,
    due_timezone text,
    recurrence   text,
    version      bigint      not null default 0
);
create index task_replica_project on task_replica (project_id);
create index task_replica_assignee on task_replica (assignee_id) where assignee_id is not null;

-- A deleted task never returns.
create table task_tombstone (
    task_id uuid   primary key,
    version bigint not null
);

-- Users, from ordo.identity.user: names in texts, the address mails go to, the zone and language they are told in.
create table user_replica (
    id       uuid   primary key,
    name     text   not null,
    email    text   not null,
    timezone text   not null default 'UTC',
    locale   text   not null default 'en',
    version  bigint not null default 0
);
create index user_replica_email on user_replica (lower(email));
