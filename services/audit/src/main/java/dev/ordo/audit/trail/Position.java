package dev.ordo.audit.trail;

import java.time.Instant;
import java.util.UUID;

/**
 * A place in the trail, newest first: by time, then by id to order events of the same instant. Pages
 * continue strictly after a position, so no event is skipped or repeated between pages.
 */
public record Position(Instant occurredAt, UUID id) {}
