-- Platform tables, kept in their own Flyway history (flyway_platform_history) so that a service's own
-- migrations and the platform's never compete for version numbers.

-- Events written in the same transaction as the change they describe, relayed to Kafka afterwards.
create table outbox_event (
    id           uuid primary key,
    seq          bigserial   not null unique,
    topic        text        not null,
    event_key    text        not null,
    event_type   text        not null,
    payload      text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Ids of events a consumer has applied, written in the same transaction as the effect.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
