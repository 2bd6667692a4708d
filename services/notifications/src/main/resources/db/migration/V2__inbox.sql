-- The inbox, its deliveries, the preferences that decide them, and what the rules and the digest remember.

-- One notification per (source, recipient, type): a redelivered or replayed source event makes nothing new.
-- in_app: whether it shows in the inbox (a notification wanted only by email or push still has a row: its
-- deliveries hang on it). The actor's name and the subject's title are kept as they were when it was made.
create table notification (
    id            uuid        primary key,
    recipient     uuid        not null,
    type          text        not null,
    source_id     text        not null,
    actor_id      uuid,
    actor_name    text,
    subject_type  text        not null,
    subject_id    uuid        not null,
    subject_title text        not null,
    project_id    uuid,
    task_id       uuid,
    details       jsonb       not null default '{}',
    in_app        boolean     not null,
    read_at       timestamptz,
    archived_at   timestamptz,
    created_at    timestamptz not null,
    constraint notification_once unique (source_id, recipient, type)
);
-- The inbox, newest first (keyset on created_at, id).
create index notification_inbox on notification (recipient, created_at desc, id desc) where in_app;
create index notification_unread on notification (recipient) where in_app and read_at is null and archived_at is null;

-- One row per notification and channel it goes out on (email, push), written with the notification.
-- status: pending (due at next_attempt_at), sending (claimed by a worker until lease_until: if that passes,
-- the worker died mid-send and the row is tried once more), sent, parked (gave up after max attempts).
create table delivery (
    id              uuid        primary key,
    notification_id uuid        not null references notification (id) on delete cascade,
    channel         text        not null,
    status          text        not null default 'pending',
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    lease_until     timestamptz,
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz not null,
    constraint delivery_once unique (notification_id, channel),
    constraint delivery_status check (status in ('pending', 'sending', 'sent', 'parked'))
);
create index delivery_due on delivery (next_attempt_at) where status = 'pending';
create index delivery_leased on delivery (lease_until) where status = 'sending';
create index delivery_parked on delivery (id) where status = 'parked';

-- A user's preferences besides the channels (a user without a row has the defaults).
create table notification_settings (
    user_id                  uuid    primary key,
    quiet_start              time,
    quiet_end                time,
    digest_enabled           boolean not null default false,
    digest_time              time    not null default '08:00',
    default_reminder_minutes int,
    constraint quiet_hours_both check ((quiet_start is null) = (quiet_end is null))
);
create index notification_settings_digest on notification_settings (user_id) where digest_enabled;

-- The channels a user chose per type; a (type, channel) without a row has its default.
create table channel_preference (
    user_id uuid    not null,
    type    text    not null,
    channel text    not null,
    enabled boolean not null,
    primary key (user_id, type, channel)
);

-- Who commented on which task (from comment events): they hear of later comments on it.
create table task_commenter (
    task_id uuid not null,
    user_id uuid not null,
    primary key (task_id, user_id)
);

-- Who sent which invitation (invitation.created names the inviter; accepted/rejected do not).
create table invitation_sent (
    invitation_id uuid primary key,
    project_id    uuid not null,
    inviter_id    uuid not null
);

-- The digests made: one per user and local day.
create table digest_made (
    user_id uuid not null,
    day     date not null,
    primary key (user_id, day)
);
