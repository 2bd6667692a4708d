-- The comments service's own data, and the replicas it keeps of other services' data (built from events, so
-- the request path never calls another service). Replicas apply an event only if its aggregate version is
-- above the row's.

-- Replicas ------------------------------------------------------------------------------------------------

-- Projects and memberships (who may read and write) are the platform's replica: platform/memberships migrates
-- project_replica, project_tombstone, membership and membership_tombstone after these (ADR 0030).

-- Tasks, from ordo.tasks.task: which project a task's comments belong to (moves follow it).
create table task_replica (
    id         uuid primary key,
    project_id uuid   not null,
    title      text   not null,
    version    bigint not null default 0
);
create index task_replica_project on task_replica (project_id);

-- A deleted task never returns.
create table task_tombstone (
    task_id uuid primary key,
    version bigint not null
);

-- Users, from ordo.identity.user: mentions and authors are shown with their current names.
create table user_replica (
    id      uuid primary key,
    name    text   not null,
    email   text   not null,
    version bigint not null default 0
);

-- Comments --------------------------------------------------------------------------------------------------

-- A comment on a task (task_id) or on a project itself (task_id null); project_id is always set (a task's
-- comments follow it when it moves). Deleted comments are deleted rows: their events tell the others.
create table comment (
    id         uuid        primary key,
    project_id uuid        not null,
    task_id    uuid,
    author_id  uuid        not null,
    text       text        not null,
    mentions   uuid[]      not null default '{}',
    created_at timestamptz not null,
    edited_at  timestamptz,
    version    bigint      not null default 1
);
-- A thread, oldest first, paged by (created_at, id).
create index comment_task_thread on comment (task_id, created_at, id) where task_id is not null;
create index comment_project_thread on comment (project_id, created_at, id) where task_id is null;
create index comment_project on comment (project_id);

-- What a comment said before each edit (readable by the project's members).
create table comment_revision (
    comment_id uuid        not null references comment (id) on delete cascade,
    revision   integer     not null,
    text       text        not null,
    written_at timestamptz not null,
    primary key (comment_id, revision)
);

-- One row per user per emoji per comment: a reaction is toggled.
create table reaction (
    comment_id uuid        not null references comment (id) on delete cascade,
    user_id    uuid        not null,
    emoji      text        not null,
    created_at timestamptz not null,
    primary key (comment_id, user_id, emoji)
);

-- Files attached to comments (their project is their comment's). storage_key (and thumbnail_key, for images)
-- name the bytes in the object store.
create table attachment (
    id            uuid        primary key,
    comment_id    uuid        not null references comment (id) on delete cascade,
    name          text        not null,
    content_type  text        not null,
    size          bigint      not null,
    storage_key   text        not null,
    thumbnail_key text,
    uploaded_by   uuid        not null,
    created_at    timestamptz not null
);
create index attachment_comment on attachment (comment_id, created_at, id);

-- Bytes no row names any more: a deleted attachment's file (however it went: alone, with its comment, with a
-- task or a project) is queued here in the same transaction, and a job deletes it from the store.
create table orphan_blob (
    storage_key text        primary key,
    queued_at   timestamptz not null default now()
);

create function queue_orphan_blobs() returns trigger language plpgsql as $$
begin
    insert into orphan_blob (storage_key) values (old.storage_key) on conflict do nothing;
    if old.thumbnail_key is not null then
        insert into orphan_blob (storage_key) values (old.thumbnail_key) on conflict do nothing;
    end if;
    return old;
end;
$$;

create trigger attachment_deleted after delete on attachment
    for each row execute function queue_orphan_blobs();
