package dev.ordo.audit.summary;

import org.jspecify.annotations.Nullable;

/** Who caused an event: a user id and their name then ({@code null} if audit never saw it). */
public record Actor(String id, @Nullable String name) {}
