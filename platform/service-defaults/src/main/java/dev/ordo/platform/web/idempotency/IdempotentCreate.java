package dev.ordo.platform.web.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating {@code POST} handler whose retries are made safe by an {@code Idempotency-Key} header
 * ({@link IdempotencyKeyFilter}): the first request with a key runs, and its 2xx answer is stored in the
 * same transaction as what it created; the same key with the same body answers that stored response again
 * (creating nothing); the same key with another body is a 422; while the first is still running, a second
 * one waits for it (up to {@code ordo.idempotency.concurrent-wait}), then a 409. Keys are per caller and remembered for
 * {@code ordo.idempotency.ttl}. Without the header the handler simply runs.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IdempotentCreate {}
