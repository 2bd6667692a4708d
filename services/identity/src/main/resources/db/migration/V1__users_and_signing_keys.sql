-- The accounts identity owns. Emails are stored normalised (trimmed, lower case), so a plain unique
-- index is enough to keep one account per address.
create table users (
    id                       uuid primary key,
    email                    text        not null,
    name                     text        not null,
    password_hash            text        not null,
    timezone                 text        not null,
    locale                   text        not null,
    theme                    text        not null,
    default_task_sort        text        not null,
    notify_email             boolean     not null,
    notify_push              boolean     not null,
    notify_in_app            boolean     not null,
    notify_daily_digest      boolean     not null,
    roles                    text[]      not null,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  bigint      not null default 0
);
create unique index users_email_unique on users (email);

-- Keys that sign access tokens. The newest key without retired_at signs; retired keys stay published
-- in the JWKS until every token they signed has expired.
create table signing_key (
    kid        text primary key,
    jwk        text        not null,
    created_at timestamptz not null,
    retired_at timestamptz
);
create index signing_key_created_at on signing_key (created_at desc);
