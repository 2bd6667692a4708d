package dev.ordo.audit.summary;

import org.jspecify.annotations.Nullable;

/** The project an event happened in, with its name at that time ({@code null} if audit never saw it). */
public record ProjectRef(String id, @Nullable String name) {}
