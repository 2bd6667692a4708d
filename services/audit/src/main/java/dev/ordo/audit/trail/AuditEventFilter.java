package dev.ordo.audit.trail;

import java.time.Instant;

/**
 * Which events a query wants; every {@code null} criterion matches everything.
 *
 * @param from inclusive lower bound of {@code occurredAt}
 * @param to   exclusive upper bound of {@code occurredAt}
 */
public record AuditEventFilter(String type, String subject, String actor, Instant from, Instant to) {}
