package dev.ordo.projects.web;

import java.time.Instant;
import java.util.UUID;

/** Where a row sits in a list ordered by (time, id): the key of keyset pagination. */
public record Position(Instant at, UUID id) {}
