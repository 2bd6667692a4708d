package dev.ordo.tasks.idempotency;

/** The answer remembered for an Idempotency-Key, with the hash of the request that got it. */
record StoredResponse(String requestHash, int status, String location, String body) {}
