-- Issue 10: Idempotency-Keys live in the platform's table idempotent_request (service-defaults'
-- IdempotencyKeyFilter, platform migration V3). Keys stored here before are forgotten: a retry of a request
-- made before this release, with its old key, creates again (keys lived 24 hours).
drop table idempotency_key;
