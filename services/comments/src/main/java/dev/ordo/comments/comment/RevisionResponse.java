package dev.ordo.comments.comment;

import java.time.Instant;

/** A text a comment had before an edit: {@code revision} 1 is its first text; {@code writtenAt} when it was written. */
public record RevisionResponse(int revision, String text, Instant writtenAt) {}
