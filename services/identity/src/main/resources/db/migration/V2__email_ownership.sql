-- Proving email ownership: a flag on the account, the one-time tokens mailed to people, the mails waiting
-- to be sent, and db-scheduler's table for the job that sends them.

-- Accounts made before this existed never proved their address.
alter table users add column email_verified boolean not null default false;

-- Until now registering a configured address made an admin, which proved nothing about the person. From
-- here on only an operator grants the role, and only to a verified account (POST /actuator/admins/{email}).
update users set roles = array_remove(roles, 'admin') where 'admin' = any (roles);

-- Tokens mailed as links (verify-email, reset-password, confirm-email). Only the SHA-256 of a token is
-- kept, so a copy of this table opens nothing. A token is spent by setting used_at, once.
-- email: the address the link was mailed to (for an email change, the new address).
create table one_time_token (
    token_hash text primary key,
    purpose    text        not null,
    user_id    uuid        not null references users (id) on delete cascade,
    email      text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index one_time_token_user on one_time_token (user_id, purpose);
create index one_time_token_expires_at on one_time_token (expires_at);

-- Mails written in the transaction of the change that causes them and sent after it commits, retried
-- while the SMTP server is away. A row is deleted once the server accepted the mail (its body may carry a
-- token link, which should not outlive the sending).
create table mail_outbox (
    id              uuid primary key,
    recipient       text        not null,
    subject         text        not null,
    text_body       text        not null,
    html_body       text        not null,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer     not null default 0,
    last_error      text
);
create index mail_outbox_next_attempt_at on mail_outbox (next_attempt_at);

-- db-scheduler's scheduled_tasks (the mail relay job) comes from the platform's own migrations (db/platform V2).
