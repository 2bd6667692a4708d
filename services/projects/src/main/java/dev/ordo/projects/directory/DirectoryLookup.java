package dev.ordo.projects.directory;

import java.util.UUID;

/** The answer to "who has this email?": a user, nobody, or no answer (identity down, slow or circuit open). */
public sealed interface DirectoryLookup {

    record Found(UUID userId) implements DirectoryLookup {}

    record NotFound() implements DirectoryLookup {}

    record Unavailable(String reason) implements DirectoryLookup {}
}
