package dev.ordo.comments.mention;

import java.util.UUID;

/** One {@code @[Display name](user:<uuid>)} in a comment's text: whom it names, and the name the writer saw. */
public record Mention(UUID userId, String displayName) {}
