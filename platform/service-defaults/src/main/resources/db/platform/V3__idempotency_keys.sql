-- Idempotency-Key of creating POSTs (service-defaults' IdempotencyKeyFilter): per caller and key, the hash of
-- the request and the answer it got, written in the same transaction as what the request created. Rows older
-- than ordo.idempotency.ttl are deleted by the job ordo-forget-idempotency-keys.
create table idempotent_request (
    owner_id     text        not null,
    key          text        not null,
    request_hash text        not null,
    status       integer     not null,
    headers      text        not null,
    body         bytea       not null,
    created_at   timestamptz not null,
    primary key (owner_id, key)
);
create index idempotent_request_created_at on idempotent_request (created_at);
