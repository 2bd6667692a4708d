-- A service that made the memberships replica's tables itself, as calendar and comments did before the
-- platform did (the platform's migration runs after this one and adopts them), and a table of its own.
create table project_replica (
    id       uuid primary key,
    archived boolean not null default false,
    version  bigint  not null default 0
);
create table project_tombstone (
    project_id uuid primary key,
    version    bigint not null
);
create table membership (
    project_id uuid   not null,
    user_id    uuid   not null,
    role       text   not null,
    version    bigint not null default 0,
    primary key (project_id, user_id)
);
create index membership_user on membership (user_id);
create table membership_tombstone (
    project_id uuid   not null,
    user_id    uuid   not null,
    version    bigint not null,
    primary key (project_id, user_id)
);

-- What the service did when a project went or a member left (its MembershipChanges), in the same transaction.
create table membership_effect (
    kind       text not null,
    project_id uuid not null,
    user_id    uuid,
    members    int  not null
);
