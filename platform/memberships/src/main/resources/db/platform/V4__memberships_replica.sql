-- The memberships replica (platform/memberships, ADR 0030): projects and their members, from the projects
-- service's events, for a service's access checks. The shape calendar and comments created in their own V1;
-- "if not exists" lets a database that has them adopt them unchanged (this runs after the service's own
-- migrations). Each row holds the aggregate version of the event that wrote it (version 0: an event from
-- before versions existed, applied in arrival order).

-- Projects: an archived project's things leave the views that show only live projects.
create table if not exists project_replica (
    id       uuid primary key,
    archived boolean not null default false,
    version  bigint  not null default 0
);

-- A deleted project never returns: every later-arriving event of it is ignored.
create table if not exists project_tombstone (
    project_id uuid primary key,
    version    bigint not null
);

-- Who may read (any role) and write (owner, admin, member) a project's things.
create table if not exists membership (
    project_id uuid   not null,
    user_id    uuid   not null,
    role       text   not null,
    version    bigint not null default 0,
    primary key (project_id, user_id)
);
create index if not exists membership_user on membership (user_id);

-- A removed member: an older member.added or role change cannot bring them back.
create table if not exists membership_tombstone (
    project_id uuid   not null,
    user_id    uuid   not null,
    version    bigint not null,
    primary key (project_id, user_id)
);
