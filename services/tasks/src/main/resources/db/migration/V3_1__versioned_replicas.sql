-- Issue 9: replicas apply an event only if it is newer than what they hold (the aggregate version every
-- event carries); a deletion leaves a tombstone, so a late update cannot bring the object back.
-- version 0: written before events carried versions.
alter table project_replica add column version bigint not null default 0;
alter table membership add column version bigint not null default 0;
alter table user_replica add column version bigint not null default 0;

-- A deleted project never returns (ids are not reused): every later-arriving event of it is ignored.
create table project_tombstone (
    project_id uuid primary key,
    version    bigint not null
);

-- A removed member: a member.added or role change older than the removal cannot bring them back.
create table membership_tombstone (
    project_id uuid   not null,
    user_id    uuid   not null,
    version    bigint not null,
    primary key (project_id, user_id)
);
