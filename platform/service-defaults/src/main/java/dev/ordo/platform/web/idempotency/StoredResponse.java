package dev.ordo.platform.web.idempotency;

import java.util.Map;

/** The answer remembered for an Idempotency-Key, with the hash of the request that got it. */
record StoredResponse(String requestHash, int status, Map<String, String> headers, byte[] body) {}
