-- The live stream's resume log and web push subscriptions (packages live and push).

-- Each user's stream events are numbered 1, 2, 3… (the SSE id, what Last-Event-ID names on a reconnect). The row
-- is locked while an event is numbered and written, so the numbers commit in their order: a stream reading the log
-- after the number it sent last never skips one.
create table stream_sequence (
    user_id uuid   primary key,
    last    bigint not null
);

-- What a user's streams were told (kind: notification or change; payload: the event's data as sent), kept an hour
-- (ordo.notifications.live.retention) for streams that reconnect with Last-Event-ID. Independent of the inbox:
-- a notification is replayed as it was sent.
create table stream_event (
    user_id    uuid        not null,
    seq        bigint      not null,
    kind       text        not null,
    payload    jsonb       not null,
    created_at timestamptz not null default now(),
    primary key (user_id, seq)
);
create index stream_event_created on stream_event (created_at);

-- A browser's push subscription (the Push API's PushSubscription): where the push service takes messages for it,
-- and the keys its payloads are encrypted for (RFC 8291). One row per endpoint: subscribing again returns it.
create table push_subscription (
    id         uuid        primary key,
    user_id    uuid        not null,
    endpoint   text        not null unique,
    p256dh     text        not null,
    auth       text        not null,
    created_at timestamptz not null default now()
);
create index push_subscription_user on push_subscription (user_id);
