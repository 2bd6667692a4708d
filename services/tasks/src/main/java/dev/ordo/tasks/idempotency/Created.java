package dev.ordo.tasks.idempotency;

import java.net.URI;

/** What a creating POST answers: 201 with this Location and body. */
public record Created<T>(URI location, T body) {}
