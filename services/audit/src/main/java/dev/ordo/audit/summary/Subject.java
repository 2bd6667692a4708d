package dev.ordo.audit.summary;

import org.jspecify.annotations.Nullable;

/**
 * What an event is about.
 *
 * @param type  {@code user}, {@code project}, {@code member}, {@code invitation}, {@code task}, {@code section},
 *              {@code label}, {@code event}, {@code comment}, {@code attachment}, or for an event type audit does not know, the first segment of its type
 * @param title what it was called when the event happened, or {@code null} if audit does not know
 */
public record Subject(String type, String id, @Nullable String title) {}
