-- Projects, with the tree of sub-projects. owner_id repeats the one member whose role is owner, so the
-- Inbox rule (one per user) can be a plain unique index.
create table project (
    id          uuid primary key,
    name        text        not null,
    description text,
    color       text        not null,
    parent_id   uuid references project (id) on delete cascade,
    inbox       boolean     not null default false,
    archived    boolean     not null default false,
    owner_id    uuid        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint project_inbox_is_top_level check (not inbox or parent_id is null)
);
-- Exactly one Inbox per user, even when user.registered is delivered twice or two instances race.
create unique index project_one_inbox_per_user on project (owner_id) where inbox;
create index project_children on project (parent_id) where parent_id is not null;

-- Who may see a project, and with which role. favorite is each member's own flag.
create table member (
    project_id uuid        not null references project (id) on delete cascade,
    user_id    uuid        not null,
    role       text        not null check (role in ('owner', 'admin', 'member', 'viewer')),
    favorite   boolean     not null default false,
    joined_at  timestamptz not null,
    primary key (project_id, user_id)
);
-- At most one owner per project; the service keeps it at exactly one (transfer demotes before it promotes).
create unique index member_one_owner on member (project_id) where role = 'owner';
create index member_of_user on member (user_id, project_id);
create index member_page on member (project_id, joined_at, user_id);

-- Invitations by email. Emails are stored normalised (trimmed, lower case).
create table invitation (
    id            uuid primary key,
    project_id    uuid        not null references project (id) on delete cascade,
    email         text        not null,
    role          text        not null check (role in ('admin', 'member', 'viewer')),
    status        text        not null check (status in ('pending', 'accepted', 'rejected', 'revoked', 'expired')),
    status_reason text,
    inviter_id    uuid        not null,
    invitee_id    uuid,
    expires_at    timestamptz not null,
    created_at    timestamptz not null,
    decided_at    timestamptz
);
-- One pending invitation per email and project: a newer one replaces (revokes) the older.
create unique index invitation_one_pending on invitation (project_id, email) where status = 'pending';
create index invitation_pending_page on invitation (project_id, created_at, id) where status = 'pending';
create index invitation_pending_by_email on invitation (email) where status = 'pending';
create index invitation_pending_by_invitee on invitation (invitee_id) where status = 'pending';
create index invitation_pending_expiry on invitation (expires_at) where status = 'pending';

-- A replica of identity's users (from user.registered / user.updated), for names and emails of members.
create table known_user (
    id         uuid primary key,
    email      text        not null,
    name       text,
    updated_at timestamptz not null
);
create index known_user_email on known_user (email);
